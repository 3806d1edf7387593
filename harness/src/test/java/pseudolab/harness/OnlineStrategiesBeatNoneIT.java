package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.progress.Progress;
import pseudolab.harness.strategy.ModelRecord;
import pseudolab.harness.strategy.PropagationEmbedding;
import pseudolab.harness.strategy.PropagationTraining;
import pseudolab.harness.strategy.PseudoLabelRecord;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyOptions;

/**
 * On generated images whose labelled rows show each pattern only near the centre, consistency training, Noisy
 * Student and label propagation (with and without retraining on its labels) reach the far positions through the unlabelled rows; the baseline is the same network
 * with the same weak augmentation and the same number of updates (for label propagation, the very same network, so
 * any difference is the propagation's). Accuracy is measured on the held-out truth of every test row.
 */
class OnlineStrategiesBeatNoneIT {
    @TempDir
    Path tmp;

    private double accuracy(ShiftedPatternsCompetition data, String strategy) {
        return data.accuracy(run(data, strategy, StrategyOptions.defaults()).csv());
    }

    private RunResult run(ShiftedPatternsCompetition data, String strategy, StrategyOptions strategyOptions) {
        LearnerOptions learner = new LearnerOptions(
                        "cnn", 1, 16, 0.002, 0.0, Augmentation.of(Augmentation.Level.WEAK, false))
                .withMinUpdates(400);
        RunOptions o = RunOptions.defaults(data.dir, strategy)
                .withFolds(1, false)
                .withRounds(1)
                .withImage(new ImageShape(ShiftedPatternsCompetition.SIDE, ShiftedPatternsCompetition.SIDE, 1))
                .withLearner(learner)
                .withSelection(Strategies.defaultSelection(strategy))
                .withStrategyOptions(strategyOptions)
                .withOutput(
                        tmp.resolve("out"),
                        strategy
                                + strategyOptions.propagationRounds()
                                + strategyOptions.propagationEmbedding().cliName());
        return new Harness(Progress.quiet(), null).run(o);
    }

    @ParameterizedTest(name = "{0} beats none with the same model and augmentation on data seed {1}")
    @CsvSource({"consistency, 1", "consistency, 2", "noisy-student, 1", "noisy-student, 2"})
    void anOnlineOrNoisedStudentBeatsTheAugmentedBaselineOnHeldOutTruth(String strategy, long dataSeed) {
        ShiftedPatternsCompetition data = ShiftedPatternsCompetition.write(tmp.resolve("data"), 4, 600, dataSeed);
        double none = accuracy(data, "none");
        double pl = accuracy(data, strategy);
        assertThat(none).as("the baseline misses patterns far from the centre").isLessThan(0.95);
        assertThat(pl).as(strategy + " vs none " + none).isGreaterThanOrEqualTo(none + 0.03);
    }

    @ParameterizedTest(name = "label propagation beats the very network it starts from on data seed {0}")
    @CsvSource({"1", "2"})
    void labelPropagationCorrectsItsOwnNetworkThroughTheUnlabelledRows(long dataSeed) {
        ShiftedPatternsCompetition data = ShiftedPatternsCompetition.write(tmp.resolve("data"), 4, 600, dataSeed);
        double none = accuracy(data, "none");
        double propagated = data.accuracy(run(data, "label-propagation", new StrategyOptions(null, 0, null, 0))
                .csv());
        assertThat(none).as("the baseline misses patterns far from the centre").isLessThan(0.95);
        assertThat(propagated).as("label-propagation vs none " + none).isGreaterThanOrEqualTo(none + 0.01);
    }

    @ParameterizedTest(name = "a network retrained on propagated labels ({1}) beats none on data seed {0}")
    @CsvSource({"1, joint", "2, pretraining"})
    void aNetworkRetrainedOnCertaintyWeightedPropagatedLabelsBeatsTheBaseline(long dataSeed, String training) {
        ShiftedPatternsCompetition data = ShiftedPatternsCompetition.write(tmp.resolve("data"), 4, 600, dataSeed);
        double none = accuracy(data, "none");
        RunResult retrained = run(
                data, "label-propagation", new StrategyOptions(null, 0, null, 1, PropagationTraining.parse(training)));
        double accuracy = data.accuracy(retrained.csv());
        assertThat(accuracy).as("retrained label-propagation vs none " + none).isGreaterThanOrEqualTo(none + 0.01);
        assertThat(retrained.provenance().models())
                .extracting(ModelRecord::id)
                .containsExactly("f0r0-base", "f0r1-propagation");
        PseudoLabelRecord step = retrained.provenance().pseudolabels().get(0);
        assertThat(step.round()).isEqualTo(1);
        assertThat(step.kept()).isEqualTo(step.candidates());
        assertThat(step.accuracy()).as("propagated labels beat the baseline's").isGreaterThan(none);
        assertThat(step.weight()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "joining the rounds' embeddings moves the last graph only, not the training (seed {0})")
    @CsvSource({"3"})
    void joiningTheRoundsEmbeddingsChangesTheLastGraphButNotTheNetworks(long dataSeed) {
        ShiftedPatternsCompetition data = ShiftedPatternsCompetition.write(tmp.resolve("data"), 4, 600, dataSeed);
        double none = accuracy(data, "none");
        RunResult joined = run(data, "label-propagation", twoJointRounds(PropagationEmbedding.ROUNDS));
        RunResult last = run(data, "label-propagation", twoJointRounds(PropagationEmbedding.LAST));

        assertThat(joined.provenance().models())
                .extracting(ModelRecord::id)
                .containsExactly("f0r0-base", "f0r1-propagation", "f0r2-propagation");
        assertThat(joined.provenance().models())
                .extracting(ModelRecord::finalWeights)
                .containsExactlyElementsOf(last.provenance().models().stream()
                        .map(ModelRecord::finalWeights)
                        .toList());
        assertThat(joined.provenance().pseudolabels())
                .extracting(PseudoLabelRecord::round, PseudoLabelRecord::correct)
                .containsExactlyElementsOf(last.provenance().pseudolabels().stream()
                        .map(r -> tuple(r.round(), r.correct()))
                        .toList());
        assertThat(joined.provenance().options()).containsEntry("propagationEmbeddings", "rounds");
        assertThat(last.provenance().options()).containsEntry("propagationEmbeddings", "last");
        assertThat(data.accuracy(joined.csv())).as("joined vs none " + none).isGreaterThanOrEqualTo(none + 0.01);
    }

    private static StrategyOptions twoJointRounds(PropagationEmbedding embedding) {
        return new StrategyOptions(null, 0, null, 2, PropagationTraining.JOINT, embedding);
    }
}
