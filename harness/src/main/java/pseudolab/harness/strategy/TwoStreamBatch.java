package pseudolab.harness.strategy;

import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.TrainSet;

/**
 * One step's rows of two streams, B labelled rows above B' pseudolabelled ones, pulled straight into their place in
 * buffers made once per training (no per-stream copies stacked into a new batch every step).
 */
final class TwoStreamBatch {
    private final TrainSet first;
    private final TrainSet second;
    private final TrainSet batch;
    private final TrainSet top;
    private final TrainSet bottom;

    /** A batch of {@code firstRows} rows of {@code first} and {@code secondRows} of {@code second}. */
    TwoStreamBatch(TrainSet first, int firstRows, TrainSet second, int secondRows) {
        this.first = first;
        this.second = second;
        int n = firstRows + secondRows;
        batch = TrainSet.buffer(n, first.features().columns(), first.targets().columns());
        top = batch.rows(0, firstRows);
        bottom = batch.rows(firstRows, n);
    }

    /** Fills the batch with rows {@code a} of the first stream and {@code b} of the second; returns it. */
    TrainSet pull(int[] a, int[] b) {
        pull(first, a, top);
        pull(second, b, bottom);
        return batch;
    }

    private static void pull(TrainSet source, int[] rows, TrainSet into) {
        Nd4j.pullRows(source.features(), into.features(), 1, rows);
        Nd4j.pullRows(source.targets(), into.targets(), 1, rows);
        Nd4j.pullRows(source.weights(), into.weights(), 1, rows);
    }
}
