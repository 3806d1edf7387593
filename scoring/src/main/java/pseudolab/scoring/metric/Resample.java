package pseudolab.scoring.metric;

import java.util.Arrays;

/**
 * A bootstrap resample of a table's rows, both as the drawn row indices ({@link #rows()}, repeats included) and as
 * the number of times each row index was drawn ({@link #count(int)}), so that a metric may walk the table once in its
 * own order instead of following the draws. Scored by one thread at a time: it lends metrics a scratch array.
 */
public final class Resample {
    private final int[] rows;
    private final int[] counts;
    private int[] scratch = new int[0];

    private Resample(int[] rows, int[] counts) {
        this.rows = rows;
        this.counts = counts;
    }

    /** The draw counts of {@code rows}, written into {@code counts} (long enough for the largest row index). */
    public static Resample of(int[] rows, int[] counts) {
        Arrays.fill(counts, 0);
        for (int row : rows) {
            counts[row]++;
        }
        return new Resample(rows, counts);
    }

    /** The drawn row indices, repeats included. */
    public int[] rows() {
        return rows;
    }

    /** How often each row index was drawn, up to the largest drawn index (rows past its end were not drawn). */
    public int[] counts() {
        return counts;
    }

    /** How often {@code row} was drawn. */
    public int count(int row) {
        return row < counts.length ? counts[row] : 0;
    }

    /** A working array of at least {@code size} ints for the metric scoring this resample now (contents undefined). */
    int[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new int[size];
        }
        return scratch;
    }
}
