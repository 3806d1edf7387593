package pseudolab.harness.data;

import java.util.List;
import pseudolab.harness.HarnessException;

/**
 * A competition read into memory: scaled features of labelled train rows and unlabelled test rows (row-major
 * float32, {@code features} columns each), train class indices into {@code classes}, test ids, and the
 * submission layout (id column, target columns, one label or one probability per class). For
 * {@link Task#REGRESSION} {@code classes} is empty, {@code trainY} all 0 and {@code trainValues} holds the
 * numeric targets in their own units (empty for classification).
 */
public record Dataset(
        List<String> featureColumns,
        List<String> classes,
        float[] trainX,
        int[] trainY,
        float[] testX,
        List<String> testIds,
        String idColumn,
        List<String> submissionColumns,
        boolean probabilities,
        String scaling,
        Task task,
        float[] trainValues) {

    public Dataset {
        featureColumns = List.copyOf(featureColumns);
        classes = List.copyOf(classes);
        testIds = List.copyOf(testIds);
        submissionColumns = List.copyOf(submissionColumns);
        if (task == null || trainValues == null) {
            throw new HarnessException("a dataset needs its task and train values");
        }
        int d = featureColumns.size();
        if (d == 0 || trainX.length != trainY.length * d || testX.length != testIds.size() * d) {
            throw new HarnessException("inconsistent dataset shapes");
        }
        if (task == Task.REGRESSION) {
            if (trainValues.length != trainY.length || !classes.isEmpty() || submissionColumns.size() != 1) {
                throw new HarnessException("inconsistent regression dataset: " + trainValues.length + " targets for "
                        + trainY.length + " rows, " + submissionColumns.size() + " submission columns");
            }
        } else if (classes.size() < 2) {
            throw new HarnessException("train has " + classes.size() + " class(es); at least 2 are needed");
        }
    }

    public int features() {
        return featureColumns.size();
    }

    public int trainRows() {
        return trainY.length;
    }

    public int testRows() {
        return testIds.size();
    }

    public int numClasses() {
        return classes.size();
    }

    public boolean regression() {
        return task == Task.REGRESSION;
    }
}
