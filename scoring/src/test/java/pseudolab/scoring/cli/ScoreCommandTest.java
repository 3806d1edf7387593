package pseudolab.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The score command run in-process: output, exit codes and messages. */
class ScoreCommandTest {
    @TempDir
    Path dir;

    private Path solution;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSolution() throws IOException {
        solution = Files.writeString(
                dir.resolve("solution.csv"),
                "ImageId,Label,Usage\n1,3,Public\n2,5,Public\n3,7,Private\n4,1,Private\n5,0,Ignored\n");
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ScoreCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private Path submission(String content) throws IOException {
        return Files.writeString(dir.resolve("submission.csv"), content);
    }

    @Test
    void printsOneJsonObjectWithThePublicAndPrivateScores() throws IOException {
        Path sub = submission("ImageId,Label\n1,3\n2,0\n3,7\n4,1\n5,5\n");

        int exit = run(
                "--solution", solution.toString(), "--submission", sub.toString(), "--metric", "accuracy", "--json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("metric").asText()).isEqualTo("accuracy");
        assertThat(json.get("public").asDouble()).isEqualTo(0.5);
        assertThat(json.get("private").asDouble()).isEqualTo(1.0);
        assertThat(json.get("rows").asLong()).isEqualTo(5);
        assertThat(out.toString().strip().lines()).hasSize(1);
    }

    @Test
    void metricParametersReachTheBoxAndMaskMetrics() throws IOException {
        Path masks = Files.writeString(dir.resolve("masks.csv"), "id,rle_mask,Usage\na,1 4,Public\nb,,Private\n");
        Path sub = submission("id,rle_mask\na,1 3\nb,\n");
        int exit = run(
                "--solution",
                masks.toString(),
                "--submission",
                sub.toString(),
                "--metric",
                "rle_mask_iou_map",
                "--param",
                "height=2",
                "--param",
                "width=2",
                "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("public").asDouble()).isEqualTo(0.5);
        assertThat(json.get("private").asDouble()).isEqualTo(1.0);

        exit = run(
                "--solution",
                masks.toString(),
                "--submission",
                sub.toString(),
                "--metric",
                "rle_mask_iou_map",
                "--param",
                "height=2");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("error: metric 'rle_mask_iou_map' needs the parameter width (e.g. width=101)");

        Path boxes =
                Files.writeString(dir.resolve("boxes.csv"), "image_id,PredictionString,Usage\nx,0 0 10 10,Public\n");
        Path predicted = submission("image_id,PredictionString\nx,0.9 0 0 10 6\n");
        err.getBuffer().setLength(0);
        exit = run(
                "--solution",
                boxes.toString(),
                "--submission",
                predicted.toString(),
                "--metric",
                "object_detection_map",
                "--param",
                "thresholds=0.5,0.7",
                "--json");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(new ObjectMapper()
                        .readTree(out.toString().lines().reduce((a, b) -> b).orElseThrow())
                        .get("public")
                        .asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void printsReadableScoresWithoutJson() throws IOException {
        Path sub = submission("ImageId,Label\n1,3\n2,0\n3,7\n4,1\n5,5\n");

        assertThat(run("--solution", solution.toString(), "--submission", sub.toString(), "--metric", "accuracy"))
                .isZero();
        assertThat(out.toString())
                .contains("public  0.500000")
                .contains("private 1.000000")
                .contains("rows    5");
    }

    @Test
    void anInvalidSubmissionExitsWithTwoAndListsProblemsWithoutAStackTrace() throws IOException {
        Path sub = submission("ImageId,Label\n1,3\n999999,1\n");

        int exit = run(
                "--solution", solution.toString(), "--submission", sub.toString(), "--metric", "accuracy", "--json");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .contains("line 3: unknown id '999999'")
                .contains("missing 4 ids, e.g. '2', '3', '4'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownMetricOrAnUnreadableSolutionExitsWithOneAndAOneLineReason() throws IOException {
        Path sub = submission("ImageId,Label\n1,3\n");

        assertThat(run("--solution", solution.toString(), "--submission", sub.toString(), "--metric", "acc"))
                .isEqualTo(1);
        assertThat(err.toString().strip())
                .startsWith("error: unknown metric 'acc' (known: accuracy,")
                .doesNotContain("\n");

        err.getBuffer().setLength(0);
        assertThat(run(
                        "--solution",
                        dir.resolve("none.csv").toString(),
                        "--submission",
                        sub.toString(),
                        "--metric",
                        "accuracy"))
                .isEqualTo(1);
        assertThat(err.toString().strip())
                .startsWith("error: cannot read solution")
                .endsWith("no such file")
                .doesNotContain("\n");
    }

    @Test
    void metricParametersArePassedAsKeyValuePairs() throws IOException {
        Path sol = Files.writeString(dir.resolve("multi.csv"), "id,a,b,Usage\nr1,1,10,Public\nr2,2,20,Private\n");
        Path sub = submission("id,a,b\nr1,1,0\nr2,4,20\n");

        assertThat(run(
                        "--solution",
                        sol.toString(),
                        "--submission",
                        sub.toString(),
                        "--metric",
                        "mae",
                        "--param",
                        "columns=b",
                        "--json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("public").asDouble()).isEqualTo(10.0);
        assertThat(json.get("private").asDouble()).isEqualTo(0.0);
    }

    @Test
    void aMissingSplitIsNullInJson() throws IOException {
        Path sol = Files.writeString(dir.resolve("public.csv"), "id,a,Usage\nr1,1,Public\n");
        Path sub = submission("id,a\nr1,2\n");

        assertThat(run("--solution", sol.toString(), "--submission", sub.toString(), "--metric", "rmse", "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("private").isNull())
                .isTrue();
    }
}
