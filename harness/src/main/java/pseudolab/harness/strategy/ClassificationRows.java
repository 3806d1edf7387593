package pseudolab.harness.strategy;

import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ClassTargets;

/** A classification's rows: train features and their classes, the unlabelled test features and the test truth. */
public record ClassificationRows(INDArray trainX, ClassTargets targets, INDArray testX, ClassTruth truth) {
    public ClassificationRows {
        if (trainX.rows() != targets.rows()) {
            throw new HarnessException(trainX.rows() + " train rows but " + targets.rows() + " targets");
        }
        if (truth.available() && truth.classes().length != testX.rows()) {
            throw new HarnessException(testX.rows() + " test rows but " + truth.classes().length + " truth classes");
        }
    }
}
