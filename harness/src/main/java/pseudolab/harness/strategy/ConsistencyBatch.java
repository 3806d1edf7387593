package pseudolab.harness.strategy;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
    private final TrainSet top;
    private final INDArray drawn;
    private final INDArray weak;

    /** Steps of {@code labelledRows} rows of {@code labelled} and {@code unlabelledRows} drawn rows of {@code unlabelled}. */
    ConsistencyBatch(TrainSet labelled, int labelledRows, INDArray unlabelled, int unlabelledRows) {
        this.labelled = labelled;
        this.unlabelled = unlabelled;
        this.labelledRows = labelledRows;
        long features = labelled.features().columns();
        batch = TrainSet.buffer(
                labelledRows + unlabelledRows, features, labelled.targets().columns());
        top = batch.rows(0, labelledRows);
        drawn = Nd4j.create(DataType.FLOAT, unlabelledRows, features);
        weak = Nd4j.create(DataType.FLOAT, unlabelledRows, features);
    }

    /** Pulls the step's rows: labelled rows {@code a} to the top of the batch, unlabelled rows {@code u} into the draw. */
    void pull(int[] a, int[] u) {
        Nd4j.pullRows(labelled.features(), top.features(), 1, a);
        Nd4j.pullRows(labelled.targets(), top.targets(), 1, a);
        Nd4j.pullRows(unlabelled, drawn, 1, u);
        weak.assign(drawn);
    }

    /** The labelled rows' features at the top of the batch (a view, to be augmented in place). */
    INDArray labelledFeatures() {
        return top.features();
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
        TrainSet below = batch.rows(labelledRows, labelledRows + kept.length);
        Nd4j.pullRows(drawn, below.features(), 1, kept);
        below.targets().assign(0);
        for (int i = 0; i < kept.length; i++) {
            below.targets().putScalar(i, classes[i], 1f);
        }
        return below.features();
    }

    /** The batch to train on: the labelled rows weighted {@code labelledWeight}, then {@code kept} rows weighted {@code keptWeight}. */
    TrainSet batch(int kept, double labelledWeight, double keptWeight) {
        top.weights().assign(labelledWeight);
        TrainSet rows = batch.rows(0, labelledRows + kept);
        if (kept > 0) {
            batch.rows(labelledRows, labelledRows + kept).weights().assign(keptWeight);
        }
        return rows;
    }
}
