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
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random Global Wheat, TGS Salt and TReNDS cases (empty fields, confidence ties, duplicate boxes, runs
 * across columns, shuffled rows, reordered columns) scored here and by an independent NumPy reference in
 * one /usr/bin/python3 run (scoring/src/test/python/reference_formats.py), to 1e-9 relative.
 * Skipped when python3 with numpy is not installed.
 */
class NumpyReferenceLiveIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/reference_formats.py");
    private static final String TRENDS_WEIGHTS =
            "age:0.3,domain1_var1:0.175,domain1_var2:0.175,domain2_var1:0.175,domain2_var2:0.175";

    @TempDir
    Path dir;

    private final long seed = new Random().nextLong();
    private final Random random = new Random(seed);

    record Case(String metric, Map<String, String> params, Path solution, Path submission) {}

    @Test
    void randomCasesOfTheImageAndTargetMetricsAgreeWithNumpy() throws Exception {
        assumeTrue(pythonWithNumpy(), "needs /usr/bin/python3 with numpy");
        List<Case> cases = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            cases.add(wheat(Map.of()));
            cases.add(wheat(Map.of("thresholds", "0.3:0.9:0.1")));
            cases.add(salt(5 + random.nextInt(20), 5 + random.nextInt(20)));
            cases.add(trends());
        }
        JsonNode expected = reference(cases);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Score score = new Scorer(Metrics.create(c.metric, c.params)).score(Solution.read(c.solution), c.submission);
            String what = c.metric + " case " + i + " (seed " + seed + ", files in " + dir + ")";
            check(what + " public", score.publicScore(), expected.get(i).get("public"));
            check(what + " private", score.privateScore(), expected.get(i).get("private"));
        }
    }

    private static void check(String what, double actual, JsonNode expected) {
        if (expected.isNull()) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), Tolerance.relative(expected.asDouble()));
        }
    }

    private static boolean pythonWithNumpy() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy")
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
            c.params.forEach(node.putObject("params")::put);
        }
        Path file = Files.writeString(dir.resolve("cases.json"), json.writeValueAsString(list));
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return json.readTree(output);
    }

    /** Writes the solution (usage drawn per row) and the submission (rows shuffled, columns maybe swapped). */
    private Case write(
            String metric,
            Map<String, String> params,
            String idColumn,
            String target,
            List<String> ids,
            IntFunction<String> truth,
            IntFunction<String> predicted)
            throws IOException {
        String name = metric + "-" + random.nextInt(1_000_000);
        StringBuilder solution = new StringBuilder(idColumn + "," + target + ",Usage\n");
        boolean swap = random.nextBoolean();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double u = random.nextDouble();
            String usage = u < 0.45 ? "Public" : u < 0.9 ? "Private" : "Ignored";
            solution.append(ids.get(i))
                    .append(',')
                    .append(truth.apply(i))
                    .append(',')
                    .append(usage)
                    .append('\n');
            String cell = predicted.apply(i);
            lines.add(swap ? cell + "," + ids.get(i) : ids.get(i) + "," + cell);
        }
        Collections.shuffle(lines, random);
        Path s = Files.writeString(dir.resolve(name + "-solution.csv"), solution);
        String header = swap ? target + "," + idColumn : idColumn + "," + target;
        String eol = random.nextBoolean() ? "\r\n" : "\n";
        Path p = Files.writeString(dir.resolve(name + "-submission.csv"), header + eol + String.join(eol, lines) + eol);
        return new Case(metric, params, s, p);
    }

    private String num(double v) {
        return random.nextInt(4) == 0 ? String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
    }

    private Case wheat(Map<String, String> params) throws IOException {
        int n = 60 + random.nextInt(60);
        List<String> ids = new ArrayList<>();
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            ids.add("img" + i);
            int boxes = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(12);
            List<double[]> t = new ArrayList<>();
            StringBuilder tb = new StringBuilder();
            for (int b = 0; b < boxes; b++) {
                double[] box = {random.nextInt(200), random.nextInt(200), 5 + random.nextInt(40), 5 + random.nextInt(40)
                };
                t.add(box);
                tb.append(b == 0 ? "" : " ")
                        .append((int) box[0])
                        .append(' ')
                        .append((int) box[1])
                        .append(' ')
                        .append((int) box[2])
                        .append(' ')
                        .append((int) box[3]);
            }
            truth[i] = tb.toString();
            StringBuilder pb = new StringBuilder();
            int preds = random.nextInt(6) == 0 ? 0 : random.nextInt(boxes + 4);
            for (int k = 0; k < preds; k++) {
                double[] base = !t.isEmpty() && random.nextDouble() < 0.8
                        ? t.get(random.nextInt(t.size()))
                        : new double[] {random.nextInt(200), random.nextInt(200), 10, 10};
                double jitter = random.nextInt(3) == 0 ? 0 : 4;
                String conf = String.format(Locale.ROOT, "%.1f", random.nextInt(10) / 10.0);
                String box = conf + " " + num(base[0] + random.nextGaussian() * jitter) + " "
                        + num(base[1] + random.nextGaussian() * jitter) + " "
                        + num(Math.max(1, base[2] + random.nextGaussian() * jitter)) + " "
                        + num(Math.max(1, base[3] + random.nextGaussian() * jitter));
                pb.append(k == 0 ? "" : "  ").append(box);
                if (random.nextInt(10) == 0) {
                    pb.append(' ').append(box); // a duplicate detection
                }
            }
            predicted[i] = pb.toString();
        }
        return write(
                "object_detection_map", params, "image_id", "PredictionString", ids, i -> truth[i], i -> predicted[i]);
    }

    private Case salt(int height, int width) throws IOException {
        int n = 80 + random.nextInt(80);
        int pixels = height * width;
        List<String> ids = new ArrayList<>();
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            ids.add(Integer.toHexString(random.nextInt()) + i);
            boolean[] mask = blob(pixels, random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(pixels / 2));
            truth[i] = rle(mask);
            boolean[] guess = mask.clone();
            int noise = random.nextInt(4) == 0 ? 0 : random.nextInt(pixels / 4 + 1);
            for (int k = 0; k < noise; k++) {
                int at = random.nextInt(pixels);
                guess[at] = !guess[at];
            }
            predicted[i] = random.nextInt(8) == 0 ? "" : rle(guess);
        }
        return write(
                "rle_mask_iou_map",
                Map.of("height", Integer.toString(height), "width", Integer.toString(width)),
                "id",
                "rle_mask",
                ids,
                i -> truth[i],
                i -> predicted[i]);
    }

    /** A contiguous stretch of pixels in column order (so runs cross column boundaries), maybe with holes. */
    private boolean[] blob(int pixels, int size) {
        boolean[] mask = new boolean[pixels];
        int start = random.nextInt(pixels);
        for (int p = start; p < Math.min(pixels, start + size); p++) {
            mask[p] = random.nextInt(10) != 0;
        }
        return mask;
    }

    private static String rle(boolean[] mask) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < mask.length; p++) {
            if (mask[p] && (p == 0 || !mask[p - 1])) {
                int end = p;
                while (end < mask.length && mask[end]) {
                    end++;
                }
                sb.append(sb.length() == 0 ? "" : " ").append(p + 1).append(' ').append(end - p);
            }
        }
        return sb.toString();
    }

    private Case trends() throws IOException {
        String[] targets = {"age", "domain1_var1", "domain1_var2", "domain2_var1", "domain2_var2"};
        int subjects = 100 + random.nextInt(100);
        List<String> ids = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            for (String target : targets) {
                ids.add((10001 + s) + "_" + target);
                truth.add(10 + random.nextDouble() * 70);
            }
        }
        return write(
                "weighted_nae",
                Map.of("weights", TRENDS_WEIGHTS),
                "Id",
                "Predicted",
                ids,
                i -> num(truth.get(i)),
                i -> num(truth.get(i) + random.nextGaussian() * 8));
    }
}
