package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
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
    void severalNetworksMakeOneGraphOfTheirUnitLengthEmbeddingsSideBySide() {
        Network first = new Mlp(LearnerOptions.defaults(), null).initialise(FEATURES, CLASSES, 11);
        Network last = new Mlp(LearnerOptions.defaults(), null).initialise(FEATURES, CLASSES, 12);
        Random rng = new Random(7);
        INDArray labelled = random(6, rng);
        INDArray asked = random(12, rng);
        TrainSet seeds = TrainSet.labelled(labelled, new int[] {0, 1, 2, 0, 1, 2}, CLASSES);
        LabelGraph graph = new LabelGraph(2, 0.9, 3, 20);

        INDArray both = new PropagatedLabels(List.of(first, last), seeds, graph).predict(asked);

        INDArray rows = Nd4j.vstack(labelled, asked);
        float[][] a = first.graphEmbedding(rows).toFloatMatrix();
        float[][] b = last.graphEmbedding(rows).toFloatMatrix();
        float[][] joined = new float[a.length][];
        for (int r = 0; r < a.length; r++) {
            joined[r] = concat(unit(a[r]), unit(b[r]));
        }
        int[] classes = {0, 1, 2, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
        double[][] z = graph.propagate(joined, classes, CLASSES);
        for (int r = 0; r < 12; r++) {
            double sum = Arrays.stream(z[6 + r]).map(v -> Math.max(0, v)).sum();
            for (int c = 0; c < CLASSES; c++) {
                assertThat(both.getDouble(r, c))
                        .as("row %d class %d", r, c)
                        .isCloseTo(Math.max(0, z[6 + r][c]) / sum, within(1e-5));
            }
        }
        INDArray lastAlone = new PropagatedLabels(last, seeds, graph).predict(asked);
        assertThat(Transforms.abs(both.sub(lastAlone)).maxNumber().doubleValue())
                .as("the first network's embedding moves the graph")
                .isGreaterThan(1e-3);
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

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] argmaxes(INDArray p) {
        int[] out = new int[(int) p.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = ConfidentRows.argmax(p.getRow(r).toFloatVector());
        }
        return out;
    }
}
