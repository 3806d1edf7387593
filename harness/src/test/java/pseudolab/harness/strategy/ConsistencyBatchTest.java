package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.TrainSet;

/** A consistency step's batch: labelled rows above the kept unlabelled rows, in buffers reused from step to step. */
class ConsistencyBatchTest {
    private final TrainSet labelled = TrainerTest.labelledBySignOfFeature0();
    // unlabelled row r holds r + 1 in every feature, so a row's values say which row it is
    private final INDArray unlabelled = Nd4j.create(
            new float[][] {{1, 1, 1, 1}, {2, 2, 2, 2}, {3, 3, 3, 3}, {4, 4, 4, 4}, {5, 5, 5, 5}, {6, 6, 6, 6}});

    @Test
    void theBatchIsTheLabelledRowsAboveTheKeptDrawnRowsWithTheirClassesAndWeights() {
        ConsistencyBatch batch = new ConsistencyBatch(labelled, 2, unlabelled, 3);
        int[] a = {4, 1};
        batch.pull(a, new int[] {5, 0, 2});
        batch.weakViews().muli(-1); // the weak views are augmented in place; the strong ones start from the drawn rows

        batch.keep(new int[] {2, 0}, new int[] {1, 0});
        TrainSet rows = batch.batch(2, 0.5, 0.25);

        assertThat(rows.features())
                .isEqualTo(Nd4j.vstack(Nd4j.pullRows(labelled.features(), 1, a), Nd4j.create(new float[][] {
                    {3, 3, 3, 3}, {6, 6, 6, 6}
                })));
        assertThat(rows.targets())
                .isEqualTo(Nd4j.vstack(Nd4j.pullRows(labelled.targets(), 1, a), Nd4j.create(new float[][] {
                    {0, 1}, {1, 0}
                })));
        assertThat(rows.weights()).isEqualTo(Nd4j.create(new float[][] {{0.5f}, {0.5f}, {0.25f}, {0.25f}}));
    }

    @Test
    void theWeakViewsAreACopyOfTheDrawnRows() {
        ConsistencyBatch batch = new ConsistencyBatch(labelled, 2, unlabelled, 3);
        batch.pull(new int[] {0, 1}, new int[] {3, 3, 1});

        assertThat(batch.weakViews()).isEqualTo(Nd4j.create(new float[][] {{4, 4, 4, 4}, {4, 4, 4, 4}, {2, 2, 2, 2}}));
    }

    @Test
    void aStepThatKeepsNothingTrainsOnTheLabelledRowsAlone() {
        ConsistencyBatch batch = new ConsistencyBatch(labelled, 2, unlabelled, 3);
        int[] a = {3, 5};
        batch.pull(a, new int[] {0, 1, 2});

        TrainSet rows = batch.batch(0, 1.0, 0.7);

        assertThat(rows.features()).isEqualTo(Nd4j.pullRows(labelled.features(), 1, a));
        assertThat(rows.targets()).isEqualTo(Nd4j.pullRows(labelled.targets(), 1, a));
        assertThat(rows.weights()).isEqualTo(Nd4j.create(new float[][] {{1}, {1}}));
    }

    @Test
    void theNextStepOverwritesTheSameBuffersAndLeavesNoRowOfTheLastOne() {
        ConsistencyBatch batch = new ConsistencyBatch(labelled, 2, unlabelled, 3);
        batch.pull(new int[] {0, 1}, new int[] {0, 1, 2});
        batch.keep(new int[] {0, 1, 2}, new int[] {1, 1, 1, 1}).muli(100); // a strong view written in place
        TrainSet first = batch.batch(3, 1, 1);

        int[] a = {2, 5};
        batch.pull(a, new int[] {4, 3, 5});
        batch.keep(new int[] {1}, new int[] {0});
        TrainSet second = batch.batch(1, 1.5, 0.5);

        assertThat(second.features().data()).isSameAs(first.features().data());
        assertThat(second.features())
                .isEqualTo(Nd4j.vstack(
                        Nd4j.pullRows(labelled.features(), 1, a), Nd4j.create(new float[][] {{4, 4, 4, 4}})));
        assertThat(second.targets())
                .isEqualTo(Nd4j.vstack(Nd4j.pullRows(labelled.targets(), 1, a), Nd4j.create(new float[][] {{1, 0}})));
        assertThat(second.weights()).isEqualTo(Nd4j.create(new float[][] {{1.5f}, {1.5f}, {0.5f}}));
    }
}
