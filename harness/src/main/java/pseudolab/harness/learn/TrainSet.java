package pseudolab.harness.learn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;

/**
 * Rows to train on: float32 features [n, d], target distributions [n, k] (one-hot for real or hard labels,
 * teacher probabilities for soft ones; for regression [n, 1] target values) and per-row loss weights [n, 1].
 */
public record TrainSet(INDArray features, INDArray targets, INDArray weights) {
    public TrainSet {
        long n = features.rows();
        if (targets.rows() != n || weights.rows() != n || weights.columns() != 1) {
            throw new HarnessException("train set shapes disagree: " + n + " rows of features, " + targets.rows()
                    + " of targets, " + weights.rows() + " of weights");
        }
    }

    /** Real labelled rows: one-hot targets, weight 1. */
    public static TrainSet labelled(INDArray features, int[] labels, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            y.putScalar(i, labels[i], 1f);
        }
        return new TrainSet(features, y, Nd4j.ones(DataType.FLOAT, labels.length, 1));
    }

    /** Real labelled rows of a regression: one (standardised) target value per row, weight 1. */
    public static TrainSet values(INDArray features, float[] targets) {
        return weightedValues(features, targets, 1.0);
    }

    /** Regression rows whose squared error counts {@code weight} times. */
    public static TrainSet weightedValues(INDArray features, float[] targets, double weight) {
        return new TrainSet(features, Nd4j.create(targets, new long[] {targets.length, 1}),
                Nd4j.valueArrayOf(new long[] {targets.length, 1}, (float) weight));
    }

    public int size() {
        return (int) features.rows();
    }

    /** This set followed by {@code other}'s rows (a new set; an empty other returns this). */
    public TrainSet plus(TrainSet other) {
        if (other == null || other.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return other;
        }
        return new TrainSet(Nd4j.vstack(features, other.features), Nd4j.vstack(targets, other.targets),
                Nd4j.vstack(weights, other.weights));
    }
}
