package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many unlabelled rows a consistency step draws. */
class ConsistencyOptionsTest {
    @Test
    void aStepDrawsTheRatioTimesTheLabelledRowsRounded() {
        assertThat(new ConsistencyOptions(3, 0.95, 1, 0).unlabelledPerStep(64)).isEqualTo(192);
        assertThat(new ConsistencyOptions(0.5, 0.95, 1, 0).unlabelledPerStep(7)).isEqualTo(4);
    }

    @Test
    void aRatioTooSmallForTheBatchStillDrawsOneRow() {
        // 0.001 x 64 rounds to 0 rows, which crashed the step (pullRows of no indexes)
        assertThat(new ConsistencyOptions(0.001, 0.95, 1, 0).unlabelledPerStep(64))
                .isEqualTo(1);
    }
}
