package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.Task;

class NetworkRegressionIT {
    private static final LearnerOptions OPTIONS =
            LearnerOptions.defaults().withBatchSize(64).withLearningRate(0.01).withDropout(0);

    @Test
    void aRegressionMlpHasOneIdentityOutputThatFitsALine() {
        float[] x = new float[40];
        float[] y = new float[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i / 20f - 1;
            y[i] = 3 * x[i] - 0.5f;
        }
        Network net = new Mlp(OPTIONS, null, Task.REGRESSION).initialise(1, 1, 4);
        net.fit(TrainSet.values(Nd4j.create(x, new long[] {40, 1}), y), 300, new Random(1), () -> {});
        float[][] p = net.predict(Nd4j.create(new float[] {-0.5f, 0.25f}, new long[] {2, 1}))
                .toFloatMatrix();
        assertThat(p[0]).hasSize(1);
        assertThat(p[0][0]).isCloseTo(-2f, within(0.1f));
        assertThat(p[1][0]).isCloseTo(0.25f, within(0.1f));
    }

    @Test
    void rowWeightsActAsLossWeights() {
        // identical inputs, half the rows with target 0 and weight 1, half with target 1 and weight w:
        // the weighted least-squares prediction is w / (1 + w)
        for (double w : new double[] {0.25, 3}) {
            int n = 32;
            float[] zeros = new float[n / 2];
            float[] ones = new float[n / 2];
            java.util.Arrays.fill(ones, 1f);
            var x = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, n / 2, 1);
            TrainSet set = TrainSet.weightedValues(x, zeros, 1.0).plus(TrainSet.weightedValues(x.dup(), ones, w));
            Network net = new Mlp(OPTIONS, null, Task.REGRESSION).initialise(1, 1, 3);
            net.fit(set, 400, new Random(2), () -> {});
            assertThat(net.predict(Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 1))
                            .getDouble(0))
                    .as("weight %s", w)
                    .isCloseTo(w / (1 + w), within(0.01));
        }
    }

    @Test
    void aRegressionCnnHasOneOutput() {
        var image = pseudolab.harness.data.ImageShape.parse("14x14x1");
        Network net = new Cnn(OPTIONS, image, Task.REGRESSION).initialise(196, 1, 5);
        assertThat(net.predict(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, 196))
                        .shape())
                .containsExactly(3, 1);
    }
}
