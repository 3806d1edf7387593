package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdaptiveThresholdTest {
    @Test
    void itStartsAtOneOverTheClassCountForEveryClass() {
        AdaptiveThreshold t = new AdaptiveThreshold(4, 0.9);
        for (int c = 0; c < 4; c++) {
            assertThat(t.threshold(c)).isEqualTo(0.25);
        }
    }

    /** Hand-worked: momentum 0.5, one batch of two rows, three classes. */
    @Test
    void oneBatchMovesTheGlobalLevelAndScalesItByEachClasssShare() {
        AdaptiveThreshold t = new AdaptiveThreshold(3, 0.5);
        t.update(new float[][] {{0.8f, 0.1f, 0.1f}, {0.6f, 0.3f, 0.1f}});
        // global = 0.5/3 + 0.5 * (0.8 + 0.6) / 2
        double global = 0.5 / 3 + 0.35;
        assertThat(t.global()).isCloseTo(global, within(1e-6));
        // class means = 0.5/3 + 0.5 * (0.7, 0.2, 0.1)
        double[] mean = {0.5 / 3 + 0.35, 0.5 / 3 + 0.1, 0.5 / 3 + 0.05};
        assertThat(t.threshold(0)).isCloseTo(global, within(1e-6));
        assertThat(t.threshold(1)).isCloseTo(global * mean[1] / mean[0], within(1e-6));
        assertThat(t.threshold(2)).isCloseTo(global * mean[2] / mean[0], within(1e-6));
    }

    @Test
    void aConfidentModelRaisesTheBarTowardsItsConfidence() {
        AdaptiveThreshold t = new AdaptiveThreshold(2, 0.9);
        for (int i = 0; i < 200; i++) {
            t.update(new float[][] {{0.97f, 0.03f}, {0.03f, 0.97f}});
        }
        assertThat(t.threshold(0)).isCloseTo(0.97, within(1e-4));
        assertThat(t.threshold(1)).isCloseTo(0.97, within(1e-4));
    }
}
