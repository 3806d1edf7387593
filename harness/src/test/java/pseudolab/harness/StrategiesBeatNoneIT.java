package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.progress.Progress;
import pseudolab.harness.strategy.Selection;

/**
 * On the generated gap problem the supervised boundary cuts into the right cluster; pseudolabels that exclude the
 * uncertain band move it into the gap. Accuracy is measured on the held-out truth of every test row.
 */
class StrategiesBeatNoneIT {
    @TempDir
    Path tmp;

    private double accuracy(ToyCompetition toy, String strategy) {
        RunOptions o = RunOptions.defaults(toy.dir, strategy)
                .withFolds(1, false)
                .withRounds(2)
                .withLearner(LearnerOptions.defaults()
                        .withEpochs(100)
                        .withBatchSize(32)
                        .withLearningRate(0.003)
                        .withDropout(0))
                .withSelection(new Selection("hard", 0.99, 0, 1.0))
                .withOutput(tmp.resolve("out"), strategy);
        return toy.accuracy(new Harness(Progress.quiet(), null).run(o).csv());
    }

    @ParameterizedTest(name = "{0} beats none on data seed {1}")
    @CsvSource({
        "self-training, 1",
        "self-training, 2",
        "pretraining, 1",
        "pretraining, 2",
        "simultaneous, 1",
        "simultaneous, 2"
    })
    void aPseudolabellingStrategyBeatsTheSupervisedBaselineOnHeldOutTruth(String strategy, long dataSeed) {
        ToyCompetition toy = ToyCompetition.write(tmp.resolve("toy"), 3, 200, dataSeed);
        double none = accuracy(toy, "none");
        double pl = accuracy(toy, strategy);
        assertThat(none)
                .as("the baseline is wrong on part of the right cluster")
                .isLessThan(0.97);
        assertThat(pl).as(strategy + " vs none " + none).isGreaterThanOrEqualTo(none + 0.015);
    }
}
