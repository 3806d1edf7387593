package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;

class LrScheduleTest {
    @Test
    void cosineFallsFromTheBaseRateToAFifthOfItAsFixMatchsDoes() {
        assertThat(LrSchedule.COSINE.factor(0)).isEqualTo(1.0);
        assertThat(LrSchedule.COSINE.factor(0.5)).isCloseTo(Math.cos(7 * Math.PI / 32), within(1e-12));
        assertThat(LrSchedule.COSINE.factor(1)).isCloseTo(0.19509, within(1e-5));
        assertThat(LrSchedule.CONSTANT.factor(0.7)).isEqualTo(1.0);
    }

    @Test
    void anUnknownScheduleIsRefusedByName() {
        assertThatThrownBy(() -> LrSchedule.parse("linear"))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("'linear'");
        assertThat(LrSchedule.parse("cosine")).isEqualTo(LrSchedule.COSINE);
    }

    /** Adam's first step moves every weight by about the learning rate, so its size shows the rate used. */
    @Test
    void theNetworkStepsAtTheScheduledRateAndKeepsItsBaseRate() {
        LearnerOptions constant =
                LearnerOptions.defaults().withDropout(0).withBatchSize(16).withLearningRate(0.01);
        var set = TrainSet.labelled(
                Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 16, 4),
                new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1},
                2);
        double full = firstStep(constant, set, 1.0);
        double early = firstStep(constant.withSchedule(LrSchedule.COSINE), set, 0.0);
        double late = firstStep(constant.withSchedule(LrSchedule.COSINE), set, 1.0);
        assertThat(early).isCloseTo(full, within(full * 1e-4));
        assertThat(late / full).isCloseTo(LrSchedule.COSINE.factor(1.0), within(2e-3));
    }

    private static double firstStep(LearnerOptions options, TrainSet set, double progress) {
        Network net = new Mlp(options, null).initialise(4, 2, 5);
        var before = net.parameters();
        net.epoch(set, new Random(1), Augmentation.Level.NONE, progress, progress);
        return net.parameters().sub(before).norm2Number().doubleValue();
    }
}
