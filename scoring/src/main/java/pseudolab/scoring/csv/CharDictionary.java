package pseudolab.scoring.csv;

/**
 * Distinct text values numbered 0, 1, 2... in order of first appearance, looked up by char slice without
 * creating strings (open addressing over a {@link CharColumn}).
 */
public final class CharDictionary {
    private final CharColumn keys;
    private int[] slots;
    private int mask;

    public CharDictionary() {
        this(new CharColumn(), new int[64]);
    }

    private CharDictionary(CharColumn keys, int[] slots) {
        this.keys = keys;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    public int size() {
        return keys.size();
    }

    public String get(int code) {
        return keys.get(code);
    }

    /** The stored values, indexed by code. */
    public CharColumn keys() {
        return keys;
    }

    /** The code of the value, or -1 when absent. */
    public int find(char[] buf, int offset, int len) {
        int slot = hash(buf, offset, len) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (keys.matches(entry - 1, buf, offset, len)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int find(String s) {
        return find(s.toCharArray(), 0, s.length());
    }

    /** The code of the value, adding it with the next code when absent. */
    public int add(char[] buf, int offset, int len) {
        int slot = hash(buf, offset, len) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                int code = keys.append(buf, offset, len);
                slots[slot] = code + 1;
                if (keys.size() * 2 > slots.length) {
                    grow();
                }
                return code;
            }
            if (keys.matches(entry - 1, buf, offset, len)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    public int add(String s) {
        return add(s.toCharArray(), 0, s.length());
    }

    /** A copy that can grow independently. */
    public CharDictionary copy() {
        return new CharDictionary(keys.copy(), slots.clone());
    }

    private void grow() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        char[] chars = keys.chars();
        for (int code = 0; code < keys.size(); code++) {
            int slot = hash(chars, keys.start(code), keys.length(code)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int hash(char[] buf, int offset, int len) {
        int h = 0;
        for (int i = offset, end = offset + len; i < end; i++) {
            h = 31 * h + buf[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
