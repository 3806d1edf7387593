package pseudolab.scoring.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.ScoringException;

/** The paired bootstrap's intervals: coverage of a known difference, exact zeros, verdicts in both directions. */
class PairedBootstrapTest {

    @Test
    void ninetyFivePercentIntervalsCoverAKnownTrueDifferenceNinetyFivePercentOfTheTime() {
        // population: A right with probability 0.80, B with 0.75, B copying A's luck 70% of the time (paired data)
        double trueDifference = 0.80 - 0.75;
        SplittableRandom random = new SplittableRandom(2015);
        int splits = 500;
        int rows = 600;
        int covered = 0;
        for (int s = 0; s < splits; s++) {
            boolean[] a = new boolean[rows];
            boolean[] b = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                double u = random.nextDouble();
                a[i] = u < 0.80;
                b[i] = random.nextDouble() < 0.7 ? u < 0.75 : random.nextDouble() < 0.75;
            }
            GainInterval interval = new PairedBootstrap(1000, s)
                    .run(Synthetic.allRows(rows), List.of(Synthetic.accuracy(a), Synthetic.accuracy(b)))
                    .gain(0, 1);
            if (interval.low() <= trueDifference && trueDifference <= interval.high()) {
                covered++;
            }
        }
        assertThat((double) covered / splits).isBetween(0.93, 0.97);
    }

    @Test
    void identicalSubmissionsGiveExactlyZeroToZero() {
        boolean[] correct = new boolean[700];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < correct.length; i++) {
            correct[i] = random.nextDouble() < 0.8;
        }
        Resampled resampled = new PairedBootstrap(1000, 3)
                .run(Synthetic.allRows(700), List.of(Synthetic.accuracy(correct), Synthetic.accuracy(correct.clone())));

        GainInterval interval = resampled.gain(0, 1);

        assertThat(interval.low()).isEqualTo(0.0);
        assertThat(interval.high()).isEqualTo(0.0);
        assertThat(interval.winShare()).isEqualTo(0.5);
        assertThat(interval.verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
        assertThat(resampled.noise(0, 1)).isEqualTo(0.0);
    }

    @Test
    void aClearGainIsAGainAndItsReverseALoss() {
        Resampled resampled = new PairedBootstrap(1000, 5)
                .run(Synthetic.allRows(1000), List.of(Synthetic.accuracy(1000, 900), Synthetic.accuracy(1000, 700)));

        GainInterval gain = resampled.gain(0, 1);
        GainInterval loss = resampled.gain(1, 0);

        assertThat(gain.verdict()).isEqualTo(Verdict.GAIN);
        assertThat(gain.low()).isGreaterThan(0.15);
        assertThat(gain.high()).isLessThan(0.25);
        assertThat(gain.winShare()).isEqualTo(1.0);
        assertThat(loss.verdict()).isEqualTo(Verdict.LOSS);
        assertThat(loss.high()).isLessThan(0);
        assertThat(loss.winShare()).isEqualTo(0.0);
    }

    @Test
    void forALowerIsBetterMetricASmallerErrorIsAGain() {
        double[] truth = new double[500];
        double[] good = new double[500];
        double[] bad = new double[500];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < truth.length; i++) {
            truth[i] = random.nextDouble() * 10;
            good[i] = truth[i] + random.nextGaussian() * 0.5;
            bad[i] = truth[i] + random.nextGaussian() * 2;
        }
        Resampled resampled = new PairedBootstrap(1000, 2)
                .run(Synthetic.allRows(500), List.of(Synthetic.rmse(truth, good), Synthetic.rmse(truth, bad)));

        GainInterval interval = resampled.gain(0, 1);

        assertThat(interval.high()).isLessThan(0);
        assertThat(interval.verdict()).isEqualTo(Verdict.GAIN);
        assertThat(interval.winShare()).isEqualTo(1.0);
    }

    @Test
    void aSmallDifferenceOnFewRowsIsNoClearDifference() {
        Resampled resampled = new PairedBootstrap(1000, 4)
                .run(
                        Synthetic.allRows(200),
                        List.of(Synthetic.accuracy(200, 162, 0), Synthetic.accuracy(200, 160, 12)));

        GainInterval interval = resampled.gain(0, 1);

        assertThat(interval.low()).isLessThan(0);
        assertThat(interval.high()).isGreaterThan(0);
        assertThat(interval.verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
    }

    @Test
    void groupsOfSeedsAddTheSpreadBetweenSeedsToTheInterval() {
        int n = 2000;
        List<Predictions> sets = List.of(
                Synthetic.accuracy(n, 1600, 0), Synthetic.accuracy(n, 1700, 50), Synthetic.accuracy(n, 1500, 100));
        Resampled resampled = new PairedBootstrap(1000, 8).run(Synthetic.allRows(n), sets);

        GainInterval oneSeed = resampled.gain(new int[] {1}, new int[] {0});
        GainInterval twoSeeds = resampled.gain(new int[] {1, 2}, new int[] {0});

        assertThat(oneSeed.verdict()).isEqualTo(Verdict.GAIN);
        assertThat(oneSeed.high() - oneSeed.low()).isLessThan(0.04);
        assertThat(twoSeeds.high() - twoSeeds.low()).isGreaterThan(0.09);
        assertThat(twoSeeds.verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedADifferentOne() {
        List<Predictions> sets = List.of(Synthetic.accuracy(300, 240), Synthetic.accuracy(300, 230));
        GainInterval first =
                new PairedBootstrap(500, 11).run(Synthetic.allRows(300), sets).gain(0, 1);
        GainInterval again =
                new PairedBootstrap(500, 11).run(Synthetic.allRows(300), sets).gain(0, 1);
        GainInterval other =
                new PairedBootstrap(500, 12).run(Synthetic.allRows(300), sets).gain(0, 1);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void resampleCountsBelowOneAreRefused() {
        assertThatThrownBy(() -> new PairedBootstrap(0, 1))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("at least 1 resample, not 0");
    }
}
