package pseudolab.scoring.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;
import pseudolab.scoring.metric.Resample;

/**
 * A resample scores rows that repeat: the metric on repeated row indices must equal the metric on the rows written out
 * as many times (checked against {@link Metric#evaluate} on the expanded rows), for means and non-means alike, whether
 * the metric follows the drawn indices or walks the table with the draw counts (AUC).
 */
class RepeatedRowsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"accuracy", "macro_f1", "quadratic_weighted_kappa", "auc", "rmse", "mae", "logloss"})
    void scoringRepeatedIndicesEqualsScoringTheRowsWrittenOutAgain(String name) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int n = 60;
        boolean binary = name.equals("auc") || name.equals("logloss");
        String[] truth = new String[n];
        String[] predicted = new String[n];
        StringBuilder solution = new StringBuilder("id,y,Usage\n");
        StringBuilder submission = new StringBuilder("id,y\n");
        for (int i = 0; i < n; i++) {
            int y = random.nextInt(binary ? 2 : 4);
            truth[i] = String.valueOf(y);
            predicted[i] = switch (name) {
                case "auc" -> String.format(Locale.ROOT, "%.1f", random.nextDouble()); // ties on purpose
                case "logloss" -> String.format(Locale.ROOT, "%.3f", 0.05 + 0.9 * random.nextDouble());
                case "rmse", "mae" -> String.format(Locale.ROOT, "%.3f", y + random.nextGaussian());
                default -> String.valueOf(random.nextDouble() < 0.6 ? y : random.nextInt(4));
            };
            solution.append(i).append(',').append(truth[i]).append(",Public\n");
            submission.append(i).append(',').append(predicted[i]).append('\n');
        }
        if (name.equals("logloss")) { // one probability column per class
            solution = new StringBuilder("id,a,b,Usage\n");
            submission = new StringBuilder("id,a,b\n");
            for (int i = 0; i < n; i++) {
                double p = Double.parseDouble(predicted[i]);
                solution.append(i)
                        .append(',')
                        .append(truth[i].equals("0") ? "1,0" : "0,1")
                        .append(",Public\n");
                submission
                        .append(i)
                        .append(',')
                        .append(1 - p)
                        .append(',')
                        .append(p)
                        .append('\n');
            }
        }
        Metric metric = Metrics.create(name);
        Solution s = Solution.read(new ByteArrayInputStream(solution.toString().getBytes(StandardCharsets.UTF_8)), "s");
        Predictions p = new Scorer(metric)
                .predictions(s, new ByteArrayInputStream(submission.toString().getBytes(StandardCharsets.UTF_8)));
        int[] rows = random.ints(90, 0, n).toArray();

        List<String[]> t = new ArrayList<>();
        List<String[]> q = new ArrayList<>();
        List<String> columns = name.equals("logloss") ? List.of("a", "b") : List.of("y");
        String[] csvTruth = solution.toString().split("\n");
        String[] csvPredicted = submission.toString().split("\n");
        for (int row : rows) {
            String[] tf = csvTruth[row + 1].split(",");
            String[] pf = csvPredicted[row + 1].split(",");
            t.add(java.util.Arrays.copyOfRange(tf, 1, 1 + columns.size()));
            q.add(java.util.Arrays.copyOfRange(pf, 1, 1 + columns.size()));
        }
        double expected = metric.evaluate(columns, t, q);
        assertThat(p.score(rows)).isCloseTo(expected, within(1e-12));
        assertThat(p.score(Resample.of(rows, new int[n + 5])))
                .as("the same rows given as a resample's counts")
                .isCloseTo(expected, within(1e-12));
    }
}
