package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class MixupAndAverageTest {
    @Test
    void mixupBlendsEachRowWithItsPartnerByLambda() {
        var rows = Nd4j.create(new float[][] {{1, 0, 4}, {0, 1, 8}});
        float[][] mixed = Mixup.mix(rows, new int[] {1, 0}, 0.75).toFloatMatrix();
        assertThat(mixed[0]).containsExactly(0.75f, 0.25f, 5f);
        assertThat(mixed[1]).containsExactly(0.25f, 0.75f, 7f);
    }

    @Test
    void mixupLambdaIsSeededAndAtLeastOneHalf() {
        Mixup m = new Mixup(0.4);
        Random a = new Random(3);
        Random b = new Random(3);
        double sum = 0;
        for (int i = 0; i < 2000; i++) {
            double l = m.drawLambda(a);
            assertThat(l).isBetween(0.5, 1.0).isEqualTo(m.drawLambda(b));
            sum += l;
        }
        // E[max(L, 1 - L)] for L ~ Beta(0.4, 0.4) is about 0.83
        assertThat(sum / 2000).isCloseTo(0.83, within(0.02));
    }

    @Test
    void everyMixupBatchKeepsItsShareOfLabelledRowsAndEveryPseudolabelledRowAppearsOnce() {
        int labelled = 10;
        int n = 110;
        int batch = 20;
        int[] order = BatchOrder.withLabelledShare(n, labelled, batch, 0.25, new Random(1));
        Set<Integer> others = new HashSet<>();
        for (int start = 0; start < order.length; start += batch) {
            int real = 0;
            for (int i = start; i < Math.min(order.length, start + batch); i++) {
                if (order[i] < labelled) {
                    real++;
                } else {
                    assertThat(others.add(order[i]))
                            .as("row " + order[i] + " once")
                            .isTrue();
                }
            }
            assertThat(real).as("labelled rows in the batch at " + start).isGreaterThanOrEqualTo(5);
        }
        assertThat(others).hasSize(n - labelled);
    }

    @Test
    void withManyLabelledAndFewPseudolabelledRowsEveryLabelledRowStillAppears() {
        int labelled = 1000;
        int[] order = BatchOrder.withLabelledShare(1200, labelled, 128, 0.16, new Random(2));
        Set<Integer> seen = new HashSet<>();
        for (int row : order) {
            seen.add(row);
        }
        assertThat(seen).hasSize(1200);
    }

    @Test
    void aNetworkWithDropoutRepeatsItselfUnderTheSameSeed() {
        LearnerOptions o = new LearnerOptions("mlp", 1, 8, 0.01, 0.5, Augmentation.none(), 0);
        var x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 32, 3);
        int[] y = new int[32];
        for (int i = 0; i < 32; i++) {
            y[i] = i % 2;
        }
        var runs = new java.util.ArrayList<org.nd4j.linalg.api.ndarray.INDArray>();
        for (int run = 0; run < 2; run++) {
            Network net = new Mlp(o, null).initialise(3, 2, 7);
            net.epoch(TrainSet.labelled(x, y, 2), new Random(1));
            runs.add(net.predict(x));
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    @Test
    void theWeightAverageMovesByOneMinusDecayTowardsEachUpdate() {
        EmaWeights ema = new EmaWeights(Nd4j.create(new float[] {1, 2}), 0.5);
        ema.update(Nd4j.create(new float[] {3, 4}));
        assertThat(ema.average().toFloatVector()).containsExactly(2f, 3f);
        ema.update(Nd4j.create(new float[] {3, 4}));
        assertThat(ema.average().toFloatVector()).containsExactly(2.5f, 3.5f);
    }

    @Test
    void aNetworkPredictsWithItsAverageAndAdoptsIt() {
        LearnerOptions o = new LearnerOptions("mlp", 1, 8, 0.01, 0.0, Augmentation.none(), 0);
        Network net = new Mlp(o, null).initialise(3, 2, 1);
        var x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 16, 3);
        var before = net.predict(x);
        net.averageWeights(0.999);
        TrainSet set = TrainSet.labelled(x, new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, 2);
        for (int i = 0; i < 20; i++) {
            net.epoch(set, new Random(i));
        }
        var averaged = net.predictAveraged(x);
        var current = net.predict(x);
        assertThat(averaged.distance2(before))
                .as("the slow average barely moved")
                .isLessThan(current.distance2(before));
        net.adoptAverage();
        assertThat(net.predict(x)).isEqualTo(averaged);
    }
}
