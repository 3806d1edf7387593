package pseudolab.harness.strategy;

import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.NumericTargets;

/**
 * A regression's rows: train features and their numbers, the unlabelled test features and each test row's true value
 * in the target's units (NaN where unknown; null without solution.csv, for provenance only).
 */
public record RegressionRows(INDArray trainX, NumericTargets targets, INDArray testX, float[] truth) {
    public RegressionRows {
        if (trainX.rows() != targets.rows()) {
            throw new HarnessException(trainX.rows() + " train rows but " + targets.rows() + " targets");
        }
        if (truth != null && truth.length != testX.rows()) {
            throw new HarnessException(testX.rows() + " test rows but " + truth.length + " truth values");
        }
    }
}
