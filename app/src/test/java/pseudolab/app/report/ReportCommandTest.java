package pseudolab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import pseudolab.app.Main;
import pseudolab.harness.strategy.LabelGraph;
import pseudolab.harness.strategy.PropagationEmbedding;
import pseudolab.harness.strategy.PropagationTraining;
import pseudolab.harness.strategy.StrategyOptions;

/** {@code report} refuses a bad {@code NAME:LEVEL} run or graph setting before the first long training starts. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private String refusal(String strategies, String... more) throws Exception {
        Path folder = tmp.resolve("tiny");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("train.csv"), "id,a,label\n1,0.5,0\n2,0.7,1\n");
        Files.writeString(folder.resolve("test.csv"), "id,a\n3,0.1\n");
        Files.writeString(folder.resolve("sample_submission.csv"), "id,label\n3,0\n");
        CommandLine main = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        main.setOut(new PrintWriter(out, true));
        main.setErr(new PrintWriter(err, true));
        String[] args = {
            "report", "--competition", folder.toString(), "--strategies", strategies, "--out", tmp.toString()
        };
        int exit = main.execute(
                Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new));
        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("[1/");
        assertThat(tmp.resolve("tiny")).isDirectoryNotContaining("glob:**report-*");
        return err.toString().strip();
    }

    @Test
    void anUnknownAugmentationLevelIsRefusedNamingIt() throws Exception {
        assertThat(refusal("none,none:extreme"))
                .isEqualTo("error: 'none:extreme': the part after ':' must be none, weak or strong, got 'extreme'");
    }

    @Test
    void labelPropagationSettingsOutOfRangeAreRefusedNamingThem() throws Exception {
        assertThat(refusal("none,label-propagation", "--neighbours", "0"))
                .isEqualTo("error: --neighbours must be at least 1, got 0");
        assertThat(refusal("none,label-propagation", "--propagation-alpha", "1.5"))
                .isEqualTo("error: --propagation-alpha must be in [0, 1), got 1.5");
        assertThat(refusal("none,label-propagation", "--propagation-rounds", "-1"))
                .isEqualTo("error: --propagation-rounds must be 0..5, got -1");
        assertThat(refusal("none,label-propagation", "--propagation-training", "jointly"))
                .isEqualTo("error: --propagation-training must be joint or pretraining, got 'jointly'");
        assertThat(refusal("none,label-propagation", "--propagation-embeddings", "all"))
                .isEqualTo("error: --propagation-embeddings must be last or rounds, got 'all'");
    }

    @Test
    void theGraphSettingsReachTheStrategies() {
        var command = new ReportCommand();
        new CommandLine(command)
                .parseArgs(
                        "--competition",
                        "x",
                        "--neighbours",
                        "5",
                        "--propagation-alpha",
                        "0.5",
                        "--propagation-rounds",
                        "3",
                        "--propagation-training",
                        "pretraining",
                        "--propagation-embeddings",
                        "last");
        assertThat(command.run.strategyOptions().labelGraph()).isEqualTo(LabelGraph.DEFAULTS.withSpread(5, 0.5));
        assertThat(command.run.strategyOptions().propagationRounds()).isEqualTo(3);
        assertThat(command.run.strategyOptions().propagationTraining()).isEqualTo(PropagationTraining.PRETRAINING);
        assertThat(command.run.strategyOptions().propagationEmbedding()).isEqualTo(PropagationEmbedding.LAST);
        var defaults = new ReportCommand();
        new CommandLine(defaults).parseArgs("--competition", "x");
        assertThat(defaults.run.strategyOptions().labelGraph()).isEqualTo(LabelGraph.DEFAULTS);
        assertThat(defaults.run.strategyOptions().propagationRounds())
                .isEqualTo(StrategyOptions.DEFAULT_PROPAGATION_ROUNDS)
                .isEqualTo(StrategyOptions.defaults().propagationRounds())
                .isEqualTo(2);
        assertThat(defaults.run.strategyOptions().propagationTraining())
                .isEqualTo(PropagationTraining.parse(StrategyOptions.DEFAULT_PROPAGATION_TRAINING))
                .isEqualTo(StrategyOptions.defaults().propagationTraining())
                .isEqualTo(PropagationTraining.JOINT);
        assertThat(defaults.run.strategyOptions().propagationEmbedding())
                .isEqualTo(PropagationEmbedding.parse(StrategyOptions.DEFAULT_PROPAGATION_EMBEDDINGS))
                .isEqualTo(StrategyOptions.defaults().propagationEmbedding())
                .isEqualTo(PropagationEmbedding.ROUNDS);
    }

    @Test
    void anUnknownStrategyIsRefusedEvenWithALevel() throws Exception {
        assertThat(refusal("none,bogus:weak")).startsWith("error: ").contains("bogus");
    }
}
