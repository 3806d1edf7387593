package pseudolab.scoring.csv;

/**
 * Finds the row of an id by its chars. Ids that are all plain decimal integers in a dense range (the usual
 * Kaggle case) are looked up in a flat array without hashing; any other ids go through a {@link CharDictionary}.
 * Ids match exactly as text: "017" and "17.0" are not "17".
 */
public final class IdIndex {
    private static final int MAX_DIGITS = 18;

    private final CharColumn ids;
    private final long offset;
    private final int[] rowPlusOne;
    private final CharDictionary dictionary;
    private final int duplicateRow;

    private IdIndex(CharColumn ids, long offset, int[] rowPlusOne, CharDictionary dictionary, int duplicateRow) {
        this.ids = ids;
        this.offset = offset;
        this.rowPlusOne = rowPlusOne;
        this.dictionary = dictionary;
        this.duplicateRow = duplicateRow;
    }

    /** Indexes the ids (row i has id {@code ids.get(i)}); see {@link #duplicateRow()} for repeated ids. */
    public static IdIndex of(CharColumn ids) {
        int n = ids.size();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean integers = true;
        for (int row = 0; row < n && integers; row++) {
            long v = integer(ids.chars(), ids.start(row), ids.length(row));
            integers = v >= 0;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (integers && n > 0 && max - min < 4L * n + 1024) {
            int[] rowPlusOne = new int[(int) (max - min + 1)];
            int duplicate = -1;
            for (int row = 0; row < n; row++) {
                int slot = (int) (integer(ids.chars(), ids.start(row), ids.length(row)) - min);
                if (rowPlusOne[slot] != 0 && duplicate < 0) {
                    duplicate = row;
                }
                rowPlusOne[slot] = row + 1;
            }
            return new IdIndex(ids, min, rowPlusOne, null, duplicate);
        }
        CharDictionary dictionary = new CharDictionary();
        int duplicate = -1;
        for (int row = 0; row < n; row++) {
            dictionary.add(ids.chars(), ids.start(row), ids.length(row));
            if (dictionary.size() != row + 1) {
                duplicate = row;
                break;
            }
        }
        return new IdIndex(ids, 0, null, dictionary, duplicate);
    }

    /** The first row whose id repeats an earlier row's id, or -1. */
    public int duplicateRow() {
        return duplicateRow;
    }

    public int size() {
        return ids.size();
    }

    public String get(int row) {
        return ids.get(row);
    }

    /** The row of the id, or -1 when it is not one of the ids. */
    public int find(char[] buf, int offset, int len) {
        if (dictionary != null) {
            return dictionary.find(buf, offset, len);
        }
        long v = integer(buf, offset, len);
        if (v < 0) {
            return -1;
        }
        long slot = v - this.offset;
        return slot >= 0 && slot < rowPlusOne.length ? rowPlusOne[(int) slot] - 1 : -1;
    }

    /** The value of a plain decimal integer (digits only, no leading zero), or -1. */
    private static long integer(char[] buf, int offset, int len) {
        if (len == 0 || len > MAX_DIGITS || (buf[offset] == '0' && len > 1)) {
            return -1;
        }
        long v = 0;
        for (int i = offset; i < offset + len; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    @Override
    public String toString() {
        return "IdIndex[" + size() + " ids, " + (dictionary == null ? "dense integers" : "hashed") + "]";
    }
}
