package pseudolab.harness.data;

import java.util.List;
import pseudolab.harness.HarnessException;

/**
 * A competition read into memory: scaled features of labelled train rows and unlabelled test rows (row-major
 * float32, {@code features} columns each), train class indices into {@code classes}, test ids, and the
 * submission layout (id column, target columns, one label or one probability per class).
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
        String scaling) {

    public Dataset {
        featureColumns = List.copyOf(featureColumns);
        classes = List.copyOf(classes);
        testIds = List.copyOf(testIds);
        submissionColumns = List.copyOf(submissionColumns);
        int d = featureColumns.size();
        if (d == 0 || trainX.length != trainY.length * d || testX.length != testIds.size() * d) {
            throw new HarnessException("inconsistent dataset shapes");
        }
        if (classes.size() < 2) {
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
}
