package pseudolab.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.strategy.Strategies;

/** The run command's help and usage checks; nothing here trains (runs are in {@link RunCommandIT}). */
class RunCommandTest {
    private final RunCommandCall call = new RunCommandCall();

    @Test
    void helpDocumentsEveryOption() {
        assertThat(call.run("--help")).isZero();
        assertThat(call.out())
                .contains(
                        "--competition=DIR",
                        "--strategy=NAME",
                        "--model=mlp|cnn",
                        "--image=WxHxC",
                        "--folds=K",
                        "--non-leaky",
                        "--rounds=N",
                        "--labels=hard|soft",
                        "--threshold=p",
                        "--top-k-per-class=k",
                        "--pl-weight=w",
                        "--epochs=E",
                        "--batch-size=B",
                        "--learning-rate=LR",
                        "--seed=S",
                        "--out=DIR",
                        "--run-id=ID",
                        "--submit=URL",
                        "--token=T",
                        "--neighbours=K",
                        "--propagation-alpha=A",
                        "--propagation-rounds=R",
                        "--propagation-training=HOW",
                        "--propagation-embeddings=WHOSE",
                        "none, self-training, pretraining, simultaneous");
    }

    @Test
    void helpListsEveryRegisteredStrategyWithItsSummary() {
        assertThat(call.run("--help")).isZero();
        String help = call.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--strategy=NAME " + String.join(", ", Strategies.names()));
        assertThat(Strategies.all())
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(s ->
                        assertThat(help).contains(s.name() + " " + s.summary().replaceAll("\\s+", " ")));
        assertThat(help)
                .contains(
                        "--labels soft --threshold 0.8: noisy-student",
                        "--labels hard --threshold 0.95: consistency",
                        "--labels hard --threshold 0.9: none, self-training, pretraining, simultaneous");
    }

    @Test
    void usageMistakesAreRefusedBeforeAnyTraining(@TempDir Path tmp) {
        assertThat(call.run("--competition", tmp.toString(), "--strategy", "none", "--submit", "http://localhost:1"))
                .isNotZero();
        assertThat(call.err()).contains("--submit URL and --token T go together");
        assertThat(call.run("--competition", tmp.toString(), "--strategy", "label-propagation", "--neighbours", "0"))
                .isNotZero();
        assertThat(call.err()).contains("--neighbours must be at least 1, got 0");
        assertThat(call.run(
                        "--competition", tmp.toString(), "--strategy", "label-propagation", "--propagation-alpha", "1"))
                .isNotZero();
        assertThat(call.err()).contains("--propagation-alpha must be in [0, 1), got 1.0");
        assertThat(call.run(
                        "--competition",
                        tmp.toString(),
                        "--strategy",
                        "label-propagation",
                        "--propagation-rounds",
                        "6"))
                .isNotZero();
        assertThat(call.err()).contains("--propagation-rounds must be 0..5, got 6");
    }

    @Test
    void helpDocumentsTheTaskOptionAndItsDetectionRule() {
        assertThat(call.run("--help")).isZero();
        String help = call.out().replaceAll("\\s+", " ");
        assertThat(help)
                .contains(
                        "--task=classification|regression|auto",
                        "rmse, mae, mcrmse -> regression",
                        "more than 20 distinct",
                        "only --pl-weight applies",
                        "Default: auto");
    }
}
