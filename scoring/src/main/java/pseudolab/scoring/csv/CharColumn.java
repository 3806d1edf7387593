package pseudolab.scoring.csv;

import java.util.Arrays;

/** An append-only column of text cells packed into one char array: no object per cell. */
public final class CharColumn {
    private char[] chars = new char[1024];
    private int[] ends = new int[256];
    private int size;

    /** Appends one cell; returns its index. */
    public int append(char[] buf, int offset, int len) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        int start = start(size);
        if (start + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(start + len, (int)
                    Math.min(Integer.MAX_VALUE - 8, chars.length * 2L)));
        }
        System.arraycopy(buf, offset, chars, start, len);
        ends[size] = start + len;
        return size++;
    }

    public int append(String s) {
        return append(s.toCharArray(), 0, s.length());
    }

    public int size() {
        return size;
    }

    /** The backing array; cell i occupies [start(i), start(i) + length(i)). */
    public char[] chars() {
        return chars;
    }

    public int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    public int length(int i) {
        return ends[i] - start(i);
    }

    public String get(int i) {
        int start = start(i);
        return new String(chars, start, ends[i] - start);
    }

    /** Whether cell i holds exactly the given chars. */
    public boolean matches(int i, char[] buf, int offset, int len) {
        int start = start(i);
        if (ends[i] - start != len) {
            return false;
        }
        return Arrays.equals(chars, start, start + len, buf, offset, offset + len);
    }

    /** A copy that can grow independently. */
    public CharColumn copy() {
        CharColumn c = new CharColumn();
        c.chars = chars.clone();
        c.ends = ends.clone();
        c.size = size;
        return c;
    }
}
