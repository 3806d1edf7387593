package pseudolab.harness.strategy;

/**
 * The test rows' true classes from solution.csv (-1 where a row is unknown; null {@code classes} without a solution):
 * only ever compared with pseudolabels for the provenance, never trained on.
 */
public record ClassTruth(int[] classes) {
    /** No solution.csv: nothing to compare with. */
    public static ClassTruth none() {
        return new ClassTruth(null);
    }

    /** Whether a solution was read (even if it knows none of the rows). */
    public boolean available() {
        return classes != null;
    }

    /** The known class of test row {@code row}, or null. */
    public Integer of(int row) {
        return classes == null || classes[row] < 0 ? null : classes[row];
    }
}
