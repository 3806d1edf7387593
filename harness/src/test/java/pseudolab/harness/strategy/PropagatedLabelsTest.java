package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Mlp;
import pseudolab.harness.learn.Network;
import pseudolab.harness.learn.TrainSet;

/** A network's predictions carried over its embedding: labels reach the rows linked to them, and only those. */
class PropagatedLabelsTest {
    private static final int FEATURES = 6;
    private static final int CLASSES = 3;

    @Test
    void rowsLinkedToALabelledRowTakeItsClassAndUnreachedRowsKeepTheNetworksPrediction() {
        Network net = new Mlp(LearnerOptions.defaults(), null).initialise(FEATURES, CLASSES, 11);
        Random rng = new Random(5);
        INDArray labelled = random(3, rng);
        int[] own = argmaxes(net.predict(labelled));
        int[] labels = new int[3];
        for (int i = 0; i < 3; i++) {
            labels[i] = (own[i] + 1) % CLASSES; // never what the untrained network says
        }
        INDArray stranger = random(1, rng);
        // asked: copies of labelled rows 2, 0, 1, then the same unlabelled row twice (linked only to each other)
        INDArray asked = Nd4j.vstack(
                labelled.getRow(2, true), labelled.getRow(0, true), labelled.getRow(1, true), stranger, stranger);
        TrainSet seeds = TrainSet.labelled(labelled, labels, CLASSES);

        INDArray p = new PropagatedLabels(net, seeds, new LabelGraph(1, 0.99, 3, 20)).predict(asked);

        assertThat(argmaxes(p)).startsWith(labels[2], labels[0], labels[1]);
        for (int r = 0; r < 3; r++) {
            assertThat(p.getDouble(r, argmaxes(p)[r])).as("row %d", r).isCloseTo(1.0, within(1e-6));
        }
        INDArray itself = net.predict(asked);
        for (int r = 3; r < 5; r++) {
            for (int c = 0; c < CLASSES; c++) {
                assertThat(p.getDouble(r, c)).isCloseTo(itself.getDouble(r, c), within(1e-6));
            }
        }
    }

    @Test
    void theEmbeddingIsTheLayerThatFeedsTheOutput() {
        Network net = new Mlp(LearnerOptions.defaults(), null).initialise(FEATURES, CLASSES, 11);
        INDArray e = net.embed(random(5, new Random(1)));
        assertThat(e.shape()).containsExactly(5, 128);
        assertThat(e.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0); // after a ReLU
    }

    private static INDArray random(int rows, Random rng) {
        INDArray x = Nd4j.create(DataType.FLOAT, rows, FEATURES);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x.putScalar(i, j, rng.nextGaussian());
            }
        }
        return x;
    }

    private static int[] argmaxes(INDArray p) {
        int[] out = new int[(int) p.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = ConfidentRows.argmax(p.getRow(r).toFloatVector());
        }
        return out;
    }
}
