package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates random cases for every metric, scores them here and with pandas + scikit-learn 1.2 in one
 * /usr/bin/python3 run (scoring/src/test/python/reference_scores.py), and demands 1e-9 relative agreement.
 * Skipped when python3 with pandas and scikit-learn is not installed (CI installs python3-sklearn).
 */
class SklearnLiveIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/reference_scores.py");
    private static final String[] WORDS = {"the", "The", "cat", "SAT", "on", "mat", "good", "day", "so", "fun", "ok"};

    @TempDir
    Path dir;

    private final Random random = new Random(System.nanoTime());
    private final long seed = random.nextLong();

    record Case(String metric, List<String> columns, Path solution, Path submission) {}

    @Test
    void randomCasesOfEveryMetricAgreeWithScikitLearn() throws Exception {
        assumeTrue(pythonWithSklearn(), "needs /usr/bin/python3 with pandas and scikit-learn");
        random.setSeed(seed);
        List<Case> cases = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            cases.add(labels("accuracy", 5, false));
            cases.add(labels("accuracy", 4, true));
            cases.add(labels("macro_f1", 6, false));
            cases.add(labels("macro_f1", 5, true));
            cases.add(labels("quadratic_weighted_kappa", 6, false));
            cases.add(probabilities("logloss", 2 + random.nextInt(8), true));
            cases.add(probabilities("logloss", 1, false));
            cases.add(probabilities("auc", 1 + random.nextInt(3), false));
            cases.add(probabilities("mean_columnwise_logloss", 1 + random.nextInt(5), false));
            cases.add(regression("rmse"));
            cases.add(regression("mae"));
            cases.add(regression("mcrmse"));
            cases.add(texts());
        }
        JsonNode expected = reference(cases);

        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Map<String, String> params =
                    c.columns.isEmpty() ? Map.of() : Map.of("columns", String.join(",", c.columns));
            Score score = new Scorer(Metrics.create(c.metric, params)).score(Solution.read(c.solution), c.submission);
            double pub = expected.get(i).get("public").asDouble();
            double priv = expected.get(i).get("private").asDouble();
            String what = c.metric + " case " + i + " (seed " + seed + ", files in " + c.solution.getParent() + ")";
            assertThat(score.publicScore()).as(what).isCloseTo(pub, Tolerance.relative(pub));
            assertThat(score.privateScore()).as(what).isCloseTo(priv, Tolerance.relative(priv));
        }
    }

    private static boolean pythonWithSklearn() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import pandas, sklearn")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private JsonNode reference(List<Case> cases) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        for (Case c : cases) {
            ObjectNode node = list.addObject()
                    .put("metric", c.metric)
                    .put("solution", c.solution.toString())
                    .put("submission", c.submission.toString());
            c.columns.forEach(node.putArray("columns")::add);
        }
        Path file = Files.writeString(dir.resolve("cases.json"), json.writeValueAsString(list));
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return json.readTree(output);
    }

    private String number(double v) {
        return switch (random.nextInt(3)) {
            case 0 -> Double.toString(v);
            case 1 -> String.format(Locale.ROOT, "%.6f", v);
            default -> String.format(Locale.ROOT, "%.15e", v);
        };
    }

    private Case write(
            String metric,
            List<String> targets,
            List<String> columns,
            int n,
            Function<Integer, List<String>> truth,
            Function<Integer, List<String>> predicted)
            throws IOException {
        String name = metric + "-" + random.nextInt(1_000_000);
        StringBuilder solution = new StringBuilder("id," + String.join(",", targets) + ",Usage\n");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = random.nextBoolean() ? Integer.toString(i) : "r" + i;
            double u = random.nextDouble();
            String usage = u < 0.45 ? "Public" : u < 0.9 ? "Private" : "Ignored";
            solution.append(id)
                    .append(',')
                    .append(String.join(",", truth.apply(i)))
                    .append(',')
                    .append(usage)
                    .append('\n');
            lines.add(id + "," + String.join(",", predicted.apply(i)));
        }
        Collections.shuffle(lines, random);
        Path s = Files.writeString(dir.resolve(name + "-solution.csv"), solution);
        Path p = Files.writeString(
                dir.resolve(name + "-submission.csv"),
                "id," + String.join(",", targets) + (random.nextBoolean() ? "\r\n" : "\n") + String.join("\n", lines)
                        + "\n");
        return new Case(metric, columns, s, p);
    }

    private Case labels(String metric, int classes, boolean text) throws IOException {
        int n = 300 + random.nextInt(500);
        int[] truth = random.ints(n, 0, classes).toArray();
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = random.nextDouble() < 0.6 ? truth[i] : random.nextInt(classes + 1);
        }
        Function<Integer, String> label = v -> text ? "class_" + (char) ('a' + v) : Integer.toString(v);
        return write(
                metric,
                List.of("label"),
                List.of(),
                n,
                i -> List.of(label.apply(truth[i])),
                i -> List.of(label.apply(predicted[i])));
    }

    private Case probabilities(String metric, int columns, boolean oneHot) throws IOException {
        int n = 300 + random.nextInt(500);
        List<String> targets = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            targets.add("c" + c);
        }
        int[][] truth = new int[n][columns];
        double[][] predicted = new double[n][columns];
        for (int i = 0; i < n; i++) {
            int hot = random.nextInt(columns);
            for (int c = 0; c < columns; c++) {
                truth[i][c] = oneHot ? (c == hot ? 1 : 0) : (random.nextDouble() < 0.3 ? 1 : 0);
                double p = Math.min(1, truth[i][c] * 0.3 + random.nextDouble() * 0.7);
                predicted[i][c] = random.nextDouble() < 0.03 ? 0 : Math.round(p * 100) / 100.0;
            }
            predicted[i][0] += oneHot ? 0.001 : 0;
            predicted[i][0] = Math.min(predicted[i][0], 1);
        }
        List<String> scored = metric.equals("auc") && columns > 1 ? targets.subList(0, columns - 1) : List.of();
        return write(
                metric,
                targets,
                scored,
                n,
                i -> java.util.Arrays.stream(truth[i])
                        .mapToObj(Integer::toString)
                        .toList(),
                i -> java.util.Arrays.stream(predicted[i])
                        .mapToObj(this::number)
                        .toList());
    }

    private Case regression(String metric) throws IOException {
        int n = 300 + random.nextInt(500);
        List<String> targets = List.of("x", "y", "z");
        double[][] truth = new double[n][3];
        for (double[] row : truth) {
            for (int c = 0; c < 3; c++) {
                row[c] = random.nextGaussian() * 3 + 1;
            }
        }
        return write(
                metric,
                targets,
                random.nextBoolean() ? List.of() : List.of("z", "x"),
                n,
                i -> java.util.Arrays.stream(truth[i]).mapToObj(this::number).toList(),
                i -> java.util.Arrays.stream(truth[i])
                        .map(v -> v + random.nextGaussian())
                        .mapToObj(this::number)
                        .toList());
    }

    private String sentence() {
        List<String> words = new ArrayList<>();
        for (int w = random.nextInt(6); w > 0; w--) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(random.nextBoolean() ? " " : "  ", words);
    }

    private Case texts() throws IOException {
        int n = 300 + random.nextInt(300);
        String[] truth = new String[n];
        for (int i = 0; i < n; i++) {
            truth[i] = sentence();
        }
        return write(
                "jaccard",
                List.of("selected_text"),
                List.of(),
                n,
                i -> List.of(truth[i]),
                i -> List.of(random.nextDouble() < 0.3 ? truth[i] : sentence()));
    }
}
