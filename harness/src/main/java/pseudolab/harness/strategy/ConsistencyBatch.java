package pseudolab.harness.strategy;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import pseudolab.harness.learn.TrainSet;

/**
 * One consistency step's rows in buffers made once per training: the drawn unlabelled rows and their weak views,
 * and the batch that is trained on, B labelled rows above the unlabelled rows kept for their strong views (no
 * per-step copies stacked into a new batch).
 */
final class ConsistencyBatch {
    private final TrainSet labelled;
    private final INDArray unlabelled;
    private final int labelledRows;
    private final TrainSet batch;
    private final INDArray drawn;
    private final INDArray weak;

    /** Steps of {@code labelledRows} rows of {@code labelled} and {@code unlabelledRows} drawn rows of {@code unlabelled}. */
    ConsistencyBatch(TrainSet labelled, int labelledRows, INDArray unlabelled, int unlabelledRows) {
        this.labelled = labelled;
        this.unlabelled = unlabelled;
        this.labelledRows = labelledRows;
        long features = labelled.features().columns();
        int n = labelledRows + unlabelledRows;
        batch = new TrainSet(
                Nd4j.create(DataType.FLOAT, n, features),
                Nd4j.create(DataType.FLOAT, n, labelled.targets().columns()),
                Nd4j.create(DataType.FLOAT, n, 1));
        drawn = Nd4j.create(DataType.FLOAT, unlabelledRows, features);
        weak = Nd4j.create(DataType.FLOAT, unlabelledRows, features);
    }

    /** Pulls the step's rows: labelled rows {@code a} to the top of the batch, unlabelled rows {@code u} into the draw. */
    void pull(int[] a, int[] u) {
        Nd4j.pullRows(labelled.features(), rows(batch.features(), 0, labelledRows), 1, a);
        Nd4j.pullRows(labelled.targets(), rows(batch.targets(), 0, labelledRows), 1, a);
        Nd4j.pullRows(unlabelled, drawn, 1, u);
        weak.assign(drawn);
    }

    /** The labelled rows' features at the top of the batch (a view, to be augmented in place). */
    INDArray labelledFeatures() {
        return rows(batch.features(), 0, labelledRows);
    }

    /** The drawn unlabelled rows, a copy of them to be augmented in place into their weak views. */
    INDArray weakViews() {
        return weak;
    }

    /**
     * Places drawn rows {@code kept} with the one-hot targets {@code classes} below the labelled rows; returns their
     * features (a view, to be augmented in place into their strong views).
     */
    INDArray keep(int[] kept, int[] classes) {
        int to = labelledRows + kept.length;
        INDArray features = rows(batch.features(), labelledRows, to);
        Nd4j.pullRows(drawn, features, 1, kept);
        INDArray targets = rows(batch.targets(), labelledRows, to).assign(0);
        for (int i = 0; i < kept.length; i++) {
            targets.putScalar(i, classes[i], 1f);
        }
        return features;
    }

    /** The batch to train on: the labelled rows weighted {@code labelledWeight}, then {@code kept} rows weighted {@code keptWeight}. */
    TrainSet batch(int kept, double labelledWeight, double keptWeight) {
        int to = labelledRows + kept;
        rows(batch.weights(), 0, labelledRows).assign(labelledWeight);
        if (kept > 0) {
            rows(batch.weights(), labelledRows, to).assign(keptWeight);
        }
        return new TrainSet(rows(batch.features(), 0, to), rows(batch.targets(), 0, to), rows(batch.weights(), 0, to));
    }

    private static INDArray rows(INDArray array, int from, int to) {
        return array.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }
}
