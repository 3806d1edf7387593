package pseudolab.harness.learn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A trained model: class probabilities (or, for regression, one value) for rows of features. */
public interface Model {
    /** Probabilities, one row per input row and one column per class, rows summing to 1; for regression one column of values. */
    INDArray predict(INDArray features);
}
