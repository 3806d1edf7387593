package pseudolab.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command end to end: tiny classification and regression runs train and write their outputs. */
class RunCommandIT {
    private final RunCommandCall call = new RunCommandCall();

    @Test
    void aRunWritesTheCsvAndProvenanceAndPrintsTheCsvPathLast(@TempDir Path tmp) throws Exception {
        Path comp = tmp.resolve("digits");
        Files.createDirectories(comp);
        StringBuilder train = new StringBuilder("label,pixel0,pixel1,pixel2,pixel3\n");
        for (int i = 0; i < 20; i++) {
            train.append(i % 2).append(i % 2 == 0 ? ",250,240,10,0\n" : ",0,12,230,255\n");
        }
        Files.writeString(comp.resolve("train.csv"), train);
        Files.writeString(
                comp.resolve("test.csv"), "pixel0,pixel1,pixel2,pixel3\n255,250,0,3\n1,0,240,250\n200,220,30,5\n");
        Files.writeString(comp.resolve("sample_submission.csv"), "ImageId,Label\n1,0\n2,0\n3,0\n");
        int code = call.run(
                "--competition",
                comp.toString(),
                "--strategy",
                "self-training",
                "--folds",
                "2",
                "--rounds",
                "1",
                "--epochs",
                "30",
                "--batch-size",
                "8",
                "--learning-rate",
                "0.01",
                "--threshold",
                "0.5",
                "--out",
                tmp.resolve("subs").toString(),
                "--run-id",
                "cli-run");
        assertThat(code).as(call.err()).isZero();
        List<String> lines = call.out().lines().toList();
        Path csv = tmp.resolve("subs").resolve("digits").resolve("cli-run.csv");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(csv.toString());
        assertThat(Files.readAllLines(csv)).containsExactly("ImageId,Label", "1,0", "2,1", "3,0");
        assertThat(csv.resolveSibling("cli-run.json")).exists();
        assertThat(lines).anyMatch(l -> l.startsWith("out-of-fold accuracy: "));
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
        int code = call.run(
                "--competition",
                comp.toString(),
                "--strategy",
                "none",
                "--folds",
                "2",
                "--epochs",
                "5",
                "--min-updates",
                "200",
                "--batch-size",
                "16",
                "--learning-rate",
                "0.01",
                "--dropout",
                "0",
                "--out",
                tmp.resolve("subs").toString(),
                "--run-id",
                "reg");
        assertThat(code).as(call.err()).isZero();
        List<String> lines = call.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("out-of-fold rmse: "));
        List<String> csv =
                Files.readAllLines(tmp.resolve("subs").resolve("line").resolve("reg.csv"));
        assertThat(csv.get(0)).isEqualTo("id,price");
        assertThat(Double.parseDouble(csv.get(1).split(",")[1])).isBetween(100.5, 103.5);
        assertThat(Double.parseDouble(csv.get(2).split(",")[1])).isBetween(103.5, 106.5);
    }
}
