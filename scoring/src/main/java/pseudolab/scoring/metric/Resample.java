package pseudolab.scoring.metric;

/**
 * A bootstrap resample of a table's rows, both as the drawn row indices ({@code rows}, repeats included) and as the
 * number of times each row index was drawn ({@code counts[row]}, zero past its end), so that a metric may walk the
 * table once in its own order instead of following the draws.
 */
public record Resample(int[] rows, int[] counts) {

    /** The counts of a drawing, in an array long enough for its largest row index. */
    public static Resample of(int[] rows, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        for (int row : rows) {
            counts[row]++;
        }
        return new Resample(rows, counts);
    }

    /** How often {@code row} was drawn. */
    public int count(int row) {
        return row < counts.length ? counts[row] : 0;
    }
}
