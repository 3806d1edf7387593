package pseudolab.harness.learn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import pseudolab.harness.HarnessException;

/**
 * Rows to train on: float32 features [n, d], target distributions [n, k] (one-hot for real or hard labels,
 * teacher probabilities for soft ones; for regression [n, 1] target values), per-row loss weights [n, 1], and how
 * many of the leading rows carry real labels (the rest are pseudolabelled).
 */
public record TrainSet(INDArray features, INDArray targets, INDArray weights, int labelledRows) {
    public TrainSet {
        long n = features.rows();
        if (targets.rows() != n || weights.rows() != n || weights.columns() != 1) {
            throw new HarnessException("train set shapes disagree: " + n + " rows of features, " + targets.rows()
                    + " of targets, " + weights.rows() + " of weights");
        }
        if (labelledRows < 0 || labelledRows > n) {
            throw new HarnessException("labelled rows must be 0.." + n + ", got " + labelledRows);
        }
    }

    /** Pseudolabelled rows only. */
    public TrainSet(INDArray features, INDArray targets, INDArray weights) {
        this(features, targets, weights, 0);
    }

    /** Real labelled rows: one-hot targets, weight 1. */
    public static TrainSet labelled(INDArray features, int[] labels, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            y.putScalar(i, labels[i], 1f);
        }
        return new TrainSet(features, y, Nd4j.ones(DataType.FLOAT, labels.length, 1), labels.length);
    }

    /** Real labelled rows of a regression: one (standardised) target value per row, weight 1. */
    public static TrainSet values(INDArray features, float[] targets) {
        TrainSet set = weightedValues(features, targets, 1.0);
        return new TrainSet(set.features, set.targets, set.weights, targets.length);
    }

    /** Pseudolabelled regression rows whose squared error counts {@code weight} times. */
    public static TrainSet weightedValues(INDArray features, float[] targets, double weight) {
        return new TrainSet(
                features,
                Nd4j.create(targets, new long[] {targets.length, 1}),
                Nd4j.valueArrayOf(new long[] {targets.length, 1}, (float) weight));
    }

    /** {@code rows} rows of zeros to fill in place: [rows, features] features, [rows, targets] targets, [rows, 1] weights. */
    public static TrainSet buffer(int rows, long features, long targets) {
        return new TrainSet(
                Nd4j.create(DataType.FLOAT, rows, features),
                Nd4j.create(DataType.FLOAT, rows, targets),
                Nd4j.create(DataType.FLOAT, rows, 1));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as views: writes into them write into this set. */
    public TrainSet rows(int from, int to) {
        var range = NDArrayIndex.interval(from, to);
        return new TrainSet(
                features.get(range, NDArrayIndex.all()),
                targets.get(range, NDArrayIndex.all()),
                weights.get(range, NDArrayIndex.all()),
                Math.max(0, Math.min(labelledRows, to) - from));
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
        int labelled = labelledRows == size() ? labelledRows + other.labelledRows : labelledRows;
        return new TrainSet(
                Nd4j.vstack(features, other.features),
                Nd4j.vstack(targets, other.targets),
                Nd4j.vstack(weights, other.weights),
                labelled);
    }
}
