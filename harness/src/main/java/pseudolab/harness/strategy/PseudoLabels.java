package pseudolab.harness.strategy;

import pseudolab.harness.learn.TrainSet;

/** Test rows chosen as pseudolabelled training rows (indices into the test set) and the rows to train on. */
public record PseudoLabels(int[] rows, TrainSet set) {
    public int size() {
        return rows.length;
    }
}
