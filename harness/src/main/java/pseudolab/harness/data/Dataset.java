package pseudolab.harness.data;

import java.util.List;
import pseudolab.harness.HarnessException;

/**
 * A competition read into memory: scaled features of the labelled train rows and the unlabelled test rows (row-major
 * float32, one column per feature), the train rows' {@link Targets} (class labels or numbers), the test ids and the
 * submission layout (id column, then one label, one probability per class, or one number).
 */
public record Dataset(
        List<String> featureColumns,
        float[] trainX,
        Targets targets,
        float[] testX,
        List<String> testIds,
        String idColumn,
        List<String> submissionColumns,
        String scaling) {

    public Dataset {
        featureColumns = List.copyOf(featureColumns);
        testIds = List.copyOf(testIds);
        submissionColumns = List.copyOf(submissionColumns);
        if (targets == null) {
            throw new HarnessException("a dataset needs its train targets");
        }
        int d = featureColumns.size();
        if (d == 0 || trainX.length != targets.rows() * d || testX.length != testIds.size() * d) {
            throw new HarnessException("inconsistent dataset shapes");
        }
        if (targets instanceof NumericTargets && submissionColumns.size() != 1) {
            throw new HarnessException(
                    "inconsistent regression dataset: " + submissionColumns.size() + " submission columns");
        }
    }

    public Task task() {
        return targets.task();
    }

    public boolean regression() {
        return targets instanceof NumericTargets;
    }

    /** Whether a submission holds one probability column per class (more than one target column) instead of a label. */
    public boolean probabilities() {
        return targets instanceof ClassTargets && submissionColumns.size() > 1;
    }

    public int features() {
        return featureColumns.size();
    }

    public int trainRows() {
        return targets.rows();
    }

    public int testRows() {
        return testIds.size();
    }
}
