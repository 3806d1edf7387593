package pseudolab.harness.learn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A trained classifier: class probabilities for rows of features. */
public interface Model {
    /** Probabilities, one row per input row and one column per class, rows summing to 1. */
    INDArray predict(INDArray features);
}
