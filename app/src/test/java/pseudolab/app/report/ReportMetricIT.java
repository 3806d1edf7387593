package pseudolab.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.progress.Progress;

/** The report scores with the metric competition.json means: its parameters in any JSON form, the regression default. */
class ReportMetricIT {
    @TempDir
    Path temp;

    /** Writes a tabular folder: one feature, target {@code y} from {@code target}, every third test row Public. */
    private Path folder(String name, String definition, boolean numbers) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Random rng = new Random(7);
        List<String> train = new ArrayList<>(List.of("id,x,y"));
        List<String> test = new ArrayList<>(List.of("id,x"));
        List<String> sample = new ArrayList<>(List.of("id,y"));
        List<String> solution = new ArrayList<>(List.of("id,y,Usage"));
        for (int i = 0; i < 160; i++) {
            double x = 4 * rng.nextDouble() - 2;
            String y = numbers
                    ? String.format(Locale.ROOT, "%.4f", 3 * x + 0.1 * rng.nextGaussian())
                    : x < 0 ? "left" : "right";
            String row = String.format(Locale.ROOT, "%d,%.4f", i, x);
            if (i < 100) {
                train.add(row + "," + y);
            } else {
                test.add(row);
                sample.add(i + "," + (numbers ? "0" : "left"));
                solution.add(i + "," + y + "," + (i % 3 == 0 ? "Public" : "Private"));
            }
        }
        Files.write(dir.resolve("train.csv"), train);
        Files.write(dir.resolve("test.csv"), test);
        Files.write(dir.resolve("sample_submission.csv"), sample);
        Files.write(dir.resolve("solution.csv"), solution);
        Files.writeString(dir.resolve("competition.json"), definition);
        return dir;
    }

    private Report.Result report(Path folder) {
        RunOptions base = RunOptions.defaults(folder, "none")
                .withFolds(1, false)
                .withLearner(LearnerOptions.defaults().withEpochs(20).withMinUpdates(0))
                .withOutput(temp.resolve("out"), null);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        return new Report(new Harness(Progress.quiet(), null), new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(base, List.of("none"), 1);
    }

    /** Truth and prediction of the Public rows, by id, from the solution and a submission. */
    private static double[][] publicPairs(Path folder, Path submission) throws IOException {
        Map<String, String> predicted = new HashMap<>();
        for (String line : Files.readAllLines(submission)
                .subList(1, Files.readAllLines(submission).size())) {
            String[] cells = line.split(",");
            predicted.put(cells[0], cells[1]);
        }
        List<double[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("solution.csv")).subList(1, 61)) {
            String[] cells = line.split(",");
            if (cells[2].equals("Public")) {
                String p = predicted.get(cells[0]);
                pairs.add(
                        cells[1].matches("[a-z]+")
                                ? new double[] {cells[1].equals(p) ? 1 : 0, 1}
                                : new double[] {Double.parseDouble(cells[1]), Double.parseDouble(p)});
            }
        }
        return pairs.toArray(double[][]::new);
    }

    private static String metricOf(Report.Result result) throws IOException {
        return new ObjectMapper().readTree(result.json().toFile()).get("metric").asText();
    }

    @Test
    void aRegressionThatDeclaresNoMetricIsScoredByRmseNotAccuracy() throws IOException {
        Path folder = folder("line", "{\"slug\": \"line\", \"title\": \"A line\"}", true);

        Report.Result result = report(folder);

        assertThat(metricOf(result)).isEqualTo("rmse");
        double squares = 0;
        double[][] pairs = publicPairs(folder, Path.of(result.runs().get(0).csv()));
        for (double[] pair : pairs) {
            squares += (pair[0] - pair[1]) * (pair[0] - pair[1]);
        }
        assertThat(result.runs().get(0).publicScore()).isCloseTo(Math.sqrt(squares / pairs.length), within(1e-6));
    }

    @Test
    void metricParamsColumnsWrittenAsAnArrayScoreTheRuns() throws IOException {
        Path folder = folder(
                "gap",
                "{\"slug\": \"gap\", \"title\": \"A gap\", \"metric\": \"accuracy\","
                        + " \"metricParams\": {\"columns\": [\"y\"]}}",
                false);

        Report.Result result = report(folder);

        assertThat(metricOf(result)).isEqualTo("accuracy");
        double[][] pairs = publicPairs(folder, Path.of(result.runs().get(0).csv()));
        double right = 0;
        for (double[] pair : pairs) {
            right += pair[0];
        }
        assertThat(result.runs().get(0).publicScore()).isCloseTo(right / pairs.length, within(1e-9));
    }
}
