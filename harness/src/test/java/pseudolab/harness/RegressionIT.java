package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.progress.Progress;
import pseudolab.harness.strategy.Selection;
import pseudolab.scoring.SubmissionFormat;

class RegressionIT {
    @TempDir
    static Path tmp;

    static RegressionCompetition toy;

    @BeforeAll
    static void writeCompetition() {
        toy = RegressionCompetition.write(
                tmp.resolve("toy-regression"), 120, 300, 3, "{\"slug\": \"toy-regression\", \"metric\": \"rmse\"}");
    }

    private static RunOptions options(Path competition, String strategy, String runId) {
        return RunOptions.defaults(competition, strategy)
                .withFolds(2, false)
                .withRounds(2)
                .withLearner(LearnerOptions.defaults()
                        .withEpochs(20)
                        .withBatchSize(32)
                        .withLearningRate(0.003)
                        .withDropout(0)
                        .withMinUpdates(300))
                .withOutput(tmp.resolve("out"), runId);
    }

    private static RunResult run(RunOptions o) {
        return new Harness(Progress.quiet(), null).run(o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "self-training", "pretraining", "simultaneous"})
    void aRegressionRunWritesAValidNumericSubmissionThatBeatsTheTrainMean(String strategy) throws IOException {
        RunResult r = run(options(toy.dir, strategy, strategy).withRounds(1));

        assertThat(SubmissionFormat.fromSample(toy.dir.resolve("sample_submission.csv"))
                        .validate(r.csv()))
                .isEmpty();
        assertThat(Files.readAllLines(r.csv()).get(0)).isEqualTo("id,y");
        double rmse = toy.rmse(r.csv());
        assertThat(rmse)
                .as("held-out RMSE vs the train mean's %.3f", toy.meanRmse())
                .isLessThan(0.5 * toy.meanRmse());

        JsonNode p = new ObjectMapper().readTree(r.provenanceJson().toFile());
        assertThat(p.get("data").get("task").asText()).isEqualTo("regression");
        assertThat(p.get("data").get("classes")).isEmpty();
        assertThat(p.get("data").get("targetScaling").asText()).startsWith("standardised with train mean 4");
        assertThat(p.get("metric").asText()).isEqualTo("rmse");
        assertThat(r.oofScore()).isFinite().isPositive().isLessThan(0.5 * toy.meanRmse());
        assertThat(p.get("oofScore").asDouble()).isEqualTo(r.oofScore());
        assertThat(p.get("folds")).hasSize(2);
        assertThat(p.get("options").get("task").asText()).isEqualTo("auto");
    }

    @Test
    void selfTrainingRecordsEveryRoundsPseudoTargetsAndTheirRmseAgainstTheTruth() throws IOException {
        RunResult r =
                run(options(toy.dir, "self-training", "rounds").withSelection(new Selection("hard", 0.9, 0, 0.5)));
        JsonNode steps =
                new ObjectMapper().readTree(r.provenanceJson().toFile()).get("pseudolabels");
        assertThat(steps).as("two rounds of two folds, no early stop").hasSize(4);
        for (JsonNode step : steps) {
            assertThat(step.get("kept").asInt()).isEqualTo(300);
            assertThat(step.get("weight").asDouble()).isEqualTo(0.5);
            assertThat(step.get("accuracy").isNull()).isTrue();
            assertThat(step.get("correct").isNull()).isTrue();
            assertThat(step.get("pseudoTargetRmse").asDouble()).isPositive().isLessThan(0.5 * toy.meanRmse());
        }
        assertThat(r.provenance().stoppedEarly()).isNull();
        assertThat(r.provenance().models()).extracting(m -> m.round()).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void classificationOnlySelectionOptionsAreRefusedForRegression() {
        assertThatThrownBy(() ->
                        run(options(toy.dir, "self-training", "x").withSelection(new Selection("hard", 0.5, 0, 1))))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("--threshold 0.5 applies to classification only");
        assertThatThrownBy(() ->
                        run(options(toy.dir, "self-training", "x").withSelection(new Selection("soft", 0.9, 0, 1))))
                .hasMessageStartingWith("--labels soft applies to classification only");
        assertThatThrownBy(() -> run(options(toy.dir, "none", "x").withSelection(new Selection("hard", 0.9, 5, 1))))
                .hasMessageStartingWith("--top-k-per-class 5 applies to classification only");
    }

    @Test
    void aNonNumericTargetUnderTaskRegressionNamesItsLineColumnAndValue() throws IOException {
        Path dir = tmp.resolve("words");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("train.csv"), "id,a,y\n1,0.5,1.5\n2,1.5,2.5\n\n3,2.5,abc\n");
        Files.writeString(dir.resolve("test.csv"), "id,a\n9,1\n");
        Files.writeString(dir.resolve("sample_submission.csv"), "id,y\n9,0\n");
        assertThatThrownBy(() -> run(options(dir, "none", "x").withTask("regression")))
                .isInstanceOf(HarnessException.class)
                .hasMessage("train.csv line 5, column 'y': regression needs a finite number, got 'abc'");
    }

    @Test
    void aTaskThatContradictsTheDeclaredMetricIsRefused() throws IOException {
        Path dir = tmp.resolve("accuracy-numbers");
        RegressionCompetition.write(dir, 30, 5, 4, "{\"metric\": \"accuracy\"}");
        assertThatThrownBy(() -> run(options(dir, "none", "x").withTask("regression")))
                .hasMessage(
                        "competition.json metric 'accuracy' does not score regression; regression needs rmse, mae or mcrmse");
        assertThatThrownBy(() -> run(options(toy.dir, "none", "x").withTask("classification")))
                .hasMessageContaining("metric 'rmse' does not score classification");
        assertThatThrownBy(() -> options(toy.dir, "none", "x").withTask("ordinal"))
                .hasMessage("--task must be one of auto, classification, regression, got 'ordinal'");
    }
}
