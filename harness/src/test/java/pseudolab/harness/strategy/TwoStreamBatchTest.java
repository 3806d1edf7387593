package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.TrainSet;

/** A two-stream batch holds the rows asked for, first stream above second, in buffers reused from step to step. */
class TwoStreamBatchTest {
    private final TrainSet labelled = TrainerTest.labelledBySignOfFeature0();
    private final TrainSet pseudo = weighted(TrainerTest.pseudolabelledBySignOfFeature2());

    @Test
    void aBatchIsTheAskedRowsOfTheFirstStreamAboveThoseOfTheSecond() {
        TwoStreamBatch buffers = new TwoStreamBatch(labelled, 2, pseudo, 3);
        int[] a = {4, 1};
        int[] b = {3, 0, 2};
        TrainSet batch = buffers.pull(a, b);

        assertThat(batch.features()).isEqualTo(stacked(labelled, a, pseudo, b).features());
        assertThat(batch.targets()).isEqualTo(stacked(labelled, a, pseudo, b).targets());
        assertThat(batch.weights()).isEqualTo(stacked(labelled, a, pseudo, b).weights());
        assertThat(batch.weights().getFloat(2, 0)).isEqualTo(0.4f);
    }

    @Test
    void theNextPullOverwritesTheSameBuffers() {
        TwoStreamBatch buffers = new TwoStreamBatch(labelled, 2, pseudo, 3);
        TrainSet first = buffers.pull(new int[] {0, 1}, new int[] {0, 1, 2});
        first.features().muli(100); // a step's augmentation writes into the batch
        int[] a = {5, 2};
        int[] b = {1, 1, 3};
        TrainSet second = buffers.pull(a, b);

        assertThat(second.features()).isSameAs(first.features());
        assertThat(second.features()).isEqualTo(stacked(labelled, a, pseudo, b).features());
        assertThat(second.targets()).isEqualTo(stacked(labelled, a, pseudo, b).targets());
        assertThat(second.weights()).isEqualTo(stacked(labelled, a, pseudo, b).weights());
    }

    private static TrainSet stacked(TrainSet first, int[] a, TrainSet second, int[] b) {
        return new TrainSet(
                Nd4j.vstack(Nd4j.pullRows(first.features(), 1, a), Nd4j.pullRows(second.features(), 1, b)),
                Nd4j.vstack(Nd4j.pullRows(first.targets(), 1, a), Nd4j.pullRows(second.targets(), 1, b)),
                Nd4j.vstack(Nd4j.pullRows(first.weights(), 1, a), Nd4j.pullRows(second.weights(), 1, b)));
    }

    // weights 0.1 .. 0.4, so a row's weight says which row it is
    private static TrainSet weighted(TrainSet set) {
        return new TrainSet(set.features(), set.targets(), Nd4j.create(new float[][] {{0.1f}, {0.2f}, {0.3f}, {0.4f}}));
    }
}
