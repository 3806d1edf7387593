package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreSpreadTest {
    @Test
    void meanAndSampleStandardDeviationAsPandasComputesThem() {
        // pandas: pd.Series([0.81, 0.815, 0.82]).std() == 0.005
        ScoreSpread s = ScoreSpread.of(new double[] {0.81, 0.815, 0.82});
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.mean()).isCloseTo(0.815, within(1e-12));
        assertThat(s.std()).isCloseTo(0.005, within(1e-12));
    }

    @Test
    void oneScoreHasNoSpreadAndNoScoresHaveNoMean() {
        assertThat(ScoreSpread.of(new double[] {0.7}).std()).isZero();
        assertThat(ScoreSpread.of(new double[0]).mean()).isNaN();
    }
}
