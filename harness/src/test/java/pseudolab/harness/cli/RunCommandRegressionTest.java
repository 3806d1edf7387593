package pseudolab.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandRegressionTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new RunCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void helpDocumentsTheTaskOptionAndItsDetectionRule() {
        assertThat(run("--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("--task=classification|regression|auto", "rmse, mae, mcrmse -> regression",
                "more than 20 distinct", "only --pl-weight applies", "Default: auto");
    }

    @Test
    void aRegressionRunPrintsItsOutOfFoldRmseAndWritesNumbers(@TempDir Path tmp) throws Exception {
        Path comp = tmp.resolve("line");
        Files.createDirectories(comp);
        StringBuilder train = new StringBuilder("id,a,price\n");
        for (int i = 0; i < 40; i++) {
            train.append(String.format(Locale.ROOT, "%d,%.2f,%.2f%n", i, i / 10.0, 100 + 2 * i / 10.0));
        }
        Files.writeString(comp.resolve("train.csv"), train);
        Files.writeString(comp.resolve("test.csv"), "id,a\n100,1.05\n101,2.55\n");
        Files.writeString(comp.resolve("sample_submission.csv"), "id,price\n100,0\n101,0\n");
        int code = run("--competition", comp.toString(), "--strategy", "none", "--folds", "2", "--epochs", "5",
                "--min-updates", "200", "--batch-size", "16", "--learning-rate", "0.01", "--dropout", "0",
                "--out", tmp.resolve("subs").toString(), "--run-id", "reg");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("out-of-fold rmse: "));
        List<String> csv = Files.readAllLines(tmp.resolve("subs").resolve("line").resolve("reg.csv"));
        assertThat(csv.get(0)).isEqualTo("id,price");
        assertThat(Double.parseDouble(csv.get(1).split(",")[1])).isBetween(100.5, 103.5);
        assertThat(Double.parseDouble(csv.get(2).split(",")[1])).isBetween(103.5, 106.5);
    }
}
