package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Row weights are loss weights (as scikit-learn's sample_weight), for the softmax classifier too. */
class WeightedLossIT {
    private static final LearnerOptions OPTIONS =
            LearnerOptions.defaults().withBatchSize(64).withLearningRate(0.01).withDropout(0);

    @Test
    void aClassifierFitsTheWeightedClassFrequencyOfIdenticalRows() {
        // identical inputs, half the rows of class 0 with weight 1, half of class 1 with weight w: the weighted
        // cross-entropy is smallest at p(class 1) = w / (1 + w); DL4J's labels mask would give 0.15 and 0.61
        for (double w : new double[] {0.25, 3}) {
            int half = 16;
            var x = Nd4j.ones(DataType.FLOAT, half, 1);
            TrainSet zeros = TrainSet.labelled(x, new int[half], 2);
            TrainSet ones = TrainSet.labelled(x.dup(), filled(half, 1), 2);
            TrainSet weightedOnes =
                    new TrainSet(ones.features(), ones.targets(), Nd4j.valueArrayOf(new long[] {half, 1}, (float) w));
            Network net = new Mlp(OPTIONS, null).initialise(1, 2, 3);
            net.fit(zeros.plus(weightedOnes), 400, new Random(2), () -> {});
            assertThat(net.predict(Nd4j.ones(DataType.FLOAT, 1, 1)).getDouble(0, 1))
                    .as("weight %s", w)
                    .isCloseTo(w / (1 + w), within(0.01));
        }
    }

    @Test
    void withoutWeightsTheScoreIsTheWrappedLossScore() {
        var labels = Nd4j.create(new float[][] {{1, 0}, {0, 1}});
        var pre = Nd4j.create(new float[][] {{2, -1}, {0.5f, 0.2f}});
        var plain = new org.nd4j.linalg.lossfunctions.impl.LossMCXENT();
        WeightedLoss weighted = new WeightedLoss(plain);
        var softmax = new org.nd4j.linalg.activations.impl.ActivationSoftmax();
        double unweighted = plain.computeScore(labels, pre.dup(), softmax, null, true);
        assertThat(weighted.computeScore(labels, pre.dup(), softmax, null, true))
                .isCloseTo(unweighted, within(1e-9));
        weighted.weights(Nd4j.create(new float[][] {{2}, {0}}));
        double first = plain.computeScoreArray(labels, pre.dup(), softmax, null).getDouble(0);
        assertThat(weighted.computeScore(labels, pre.dup(), softmax, null, true))
                .isCloseTo(2 * first / 2, within(1e-6));
        assertThat(weighted.computeGradient(labels, pre.dup(), softmax, null)
                        .getRow(1)
                        .norm2Number()
                        .doubleValue())
                .isZero();
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
