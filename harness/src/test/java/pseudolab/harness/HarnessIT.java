package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.output.FileHashes;
import pseudolab.harness.progress.Progress;
import pseudolab.harness.strategy.Selection;
import pseudolab.harness.strategy.StrategyOptions;
import pseudolab.scoring.SubmissionFormat;

class HarnessIT {
    @TempDir
    static Path tmp;

    static ToyCompetition toy;

    @BeforeAll
    static void writeCompetition() {
        toy = ToyCompetition.write(tmp.resolve("toy-gap"), 3, 200, 2);
    }

    static RunOptions options(String strategy, String runId) {
        return RunOptions.defaults(toy.dir, strategy)
                .withFolds(1, false)
                .withRounds(2)
                .withLearner(LearnerOptions.defaults()
                        .withEpochs(60)
                        .withBatchSize(32)
                        .withLearningRate(0.003)
                        .withDropout(0)
                        .withMinUpdates(0)) // what these tests check does not need the fair-budget floor
                .withOutput(tmp.resolve("out"), runId);
    }

    static RunResult run(RunOptions o) {
        return new Harness(Progress.quiet(), null).run(o);
    }

    static JsonNode json(Path p) throws IOException {
        return new ObjectMapper().readTree(p.toFile());
    }

    @Test
    void theSameSeedGivesTheSamePredictionsAndAnotherSeedDifferentWeights() throws IOException {
        RunResult a = run(options("none", "same-a").withFolds(2, false));
        RunResult b = run(options("none", "same-b").withFolds(2, false));
        RunResult c = run(options("none", "other").withFolds(2, false).withSeed(99));
        assertSameRun(a, b);
        assertThat(c.provenance().models().get(0).initialWeights())
                .isNotEqualTo(a.provenance().models().get(0).initialWeights());
    }

    @Test
    void labelPropagationRetrainedOnItsPropagatedLabelsRepeatsItselfUnderTheSameSeed() throws IOException {
        RunResult a = run(options("label-propagation", "lp-a"));
        RunResult b = run(options("label-propagation", "lp-b"));
        assertThat(a.provenance().models()).hasSize(1 + StrategyOptions.DEFAULT_PROPAGATION_ROUNDS);
        assertSameRun(a, b);
        assertThat(json(b.provenanceJson()).get("pseudolabels"))
                .isEqualTo(json(a.provenanceJson()).get("pseudolabels"));
    }

    /** The same submission and, model by model, the same final weights. */
    private static void assertSameRun(RunResult a, RunResult b) throws IOException {
        assertThat(Files.readString(b.csv())).isEqualTo(Files.readString(a.csv()));
        assertThat(b.provenance().models())
                .extracting(m -> m.finalWeights())
                .isEqualTo(a.provenance().models().stream()
                        .map(m -> m.finalWeights())
                        .toList());
    }

    @Test
    void selfTrainingRetrainsEveryRoundFromFreshWeights() {
        RunResult r = run(options("self-training", "fresh").withRounds(2));
        var models = r.provenance().models();
        assertThat(models).extracting(m -> m.round()).containsExactly(0, 1, 2);
        for (int i = 1; i < models.size(); i++) {
            var m = models.get(i);
            assertThat(m.trainedOnPseudolabels()).isTrue();
            for (var earlier : models.subList(0, i)) {
                assertThat(m.initialWeights())
                        .as(m.id() + " does not start from " + earlier.id())
                        .isNotEqualTo(earlier.finalWeights());
            }
            assertThat(m.finalWeights()).isNotEqualTo(m.initialWeights());
        }
    }

    @Test
    void nonLeakyPseudolabelsNeverComeFromAModelThatTrainedOnTheFoldsRows() throws IOException {
        RunResult nonLeaky =
                run(options("self-training", "non-leaky").withFolds(3, true).withRounds(1));
        assertThat(leaks(json(nonLeaky.provenanceJson()))).isEmpty();
        assertThat(json(nonLeaky.provenanceJson()).get("pseudolabels")).hasSize(3);

        RunResult leaky =
                run(options("self-training", "leaky").withFolds(3, false).withRounds(1));
        assertThat(leaks(json(leaky.provenanceJson())))
                .as("the check finds the leak of the ensemble teacher")
                .hasSize(6);
    }

    /** Every (fold, teacher) pair where the teacher trained on that fold's real rows, read from provenance JSON. */
    private static List<String> leaks(JsonNode provenance) {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (JsonNode m : provenance.get("models")) {
            List<Integer> folds = new ArrayList<>();
            m.get("trainedOnFolds").forEach(f -> folds.add(f.asInt()));
            seen.put(m.get("id").asText(), folds);
        }
        List<String> leaks = new ArrayList<>();
        for (JsonNode step : provenance.get("pseudolabels")) {
            int fold = step.get("fold").asInt();
            for (JsonNode t : step.get("teachers")) {
                if (seen.get(t.asText()).contains(fold)) {
                    leaks.add("fold " + fold + " <- " + t.asText());
                }
            }
        }
        return leaks;
    }

    @Test
    void theSubmissionValidatesAgainstTheSampleSubmission() {
        RunResult r = run(options("pretraining", "valid").withRounds(1));
        assertThat(SubmissionFormat.fromSample(toy.dir.resolve("sample_submission.csv"))
                        .validate(r.csv()))
                .isEmpty();
        assertThat(r.csv()).isEqualTo(tmp.resolve("out").resolve("toy-gap").resolve("valid.csv"));
    }

    @Test
    void provenanceRecordsOptionsHashesScoresCountsAccuracyTimingsAndVersions() throws IOException {
        RunResult r = run(options("self-training", "prov")
                .withFolds(2, false)
                .withRounds(1)
                .withSelection(new Selection("soft", 0.8, 50, 0.5)));
        JsonNode p = json(r.provenanceJson());
        assertThat(p.get("strategy").asText()).isEqualTo("self-training");
        assertThat(p.get("options").get("labels").asText()).isEqualTo("soft");
        assertThat(p.get("options").get("topKPerClass").asInt()).isEqualTo(50);
        assertThat(p.get("options").get("plWeight").asDouble()).isEqualTo(0.5);
        assertThat(p.get("seed").asLong()).isEqualTo(1);
        assertThat(p.get("sha256").get("train.csv").asText())
                .isEqualTo(FileHashes.sha256(toy.dir.resolve("train.csv")));
        assertThat(p.get("folds")).hasSize(2);
        assertThat(p.get("oofScore").asDouble()).isBetween(0.0, 1.0).isEqualTo(r.oofScore());
        JsonNode step = p.get("pseudolabels").get(0);
        assertThat(step.get("kept").asInt()).isBetween(1, 100);
        assertThat(step.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(step.get("weight").asDouble()).isEqualTo(0.5);
        assertThat(p.get("timingsSeconds").get("trainSeconds").asDouble()).isPositive();
        assertThat(p.get("versions").get("deeplearning4j").asText()).isEqualTo("1.0.0-M2.1");
        assertThat(p.get("data").get("solutionReadForPseudolabelAccuracyOnly").asBoolean())
                .isTrue();
    }

    @Test
    void badOptionsAreRefusedWithTheirNames() {
        assertThatThrownBy(() -> options("co-training", "x")).hasMessageContaining("unknown strategy 'co-training'");
        assertThatThrownBy(() -> options("none", "x").withFolds(1, true))
                .hasMessage("--non-leaky needs --folds 2 or more");
        assertThatThrownBy(() -> options("none", "../x")).hasMessageContaining("--run-id '../x'");
        assertThatThrownBy(() -> options("none", "x").withSelection(new Selection("fuzzy", 0.9, 0, 1)))
                .hasMessage("--labels must be hard or soft, got 'fuzzy'");
        assertThatThrownBy(() -> options("none", "x")
                        .withLearner(LearnerOptions.defaults().withModel("cnn")))
                .hasMessageContaining("--model cnn needs --image");
    }
}
