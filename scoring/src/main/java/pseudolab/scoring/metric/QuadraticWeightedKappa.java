package pseudolab.scoring.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import pseudolab.scoring.ScoringException;

/** Cohen's kappa with quadratic weights over the sorted labels present in truth or predictions (sklearn cohen_kappa_score, weights=quadratic). */
public record QuadraticWeightedKappa(List<String> columns) implements ColumnMetric {
    public static final String NAME = "quadratic_weighted_kappa";

    public QuadraticWeightedKappa {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static QuadraticWeightedKappa of(Map<String, String> params) {
        return new QuadraticWeightedKappa(MetricParams.columns(NAME, params));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.LABEL;
    }

    /** Beyond this many distinct labels the confusion matrix is refused. */
    static final int MAX_LABELS = 5000;

    @Override
    public int maxColumns() {
        return 1;
    }

    @Override
    public double score(Table table, int[] rows) {
        int[] truth = table.truthLabels(0);
        int[] predicted = table.predictedLabels(0);
        Labels labels = table.labels(0);
        int[] ranks = labels.ranks();
        boolean[] present = new boolean[labels.size()];
        for (int row : rows) {
            present[truth[row]] = true;
            present[predicted[row]] = true;
        }
        int[] index = new int[labels.size()];
        int k = 0;
        int[] byRank = new int[labels.size()];
        Arrays.fill(byRank, -1);
        for (int c = 0; c < labels.size(); c++) {
            if (present[c]) {
                byRank[ranks[c]] = c;
            }
        }
        for (int c : byRank) {
            if (c >= 0) {
                index[c] = k++;
            }
        }
        if (k > MAX_LABELS) {
            throw new ScoringException(
                    "metric quadratic_weighted_kappa takes at most " + MAX_LABELS + " distinct labels, found " + k);
        }
        long[][] confusion = new long[k][k];
        long[] trueCounts = new long[k];
        long[] predictedCounts = new long[k];
        for (int row : rows) {
            int a = index[truth[row]];
            int b = index[predicted[row]];
            confusion[a][b]++;
            trueCounts[a]++;
            predictedCounts[b]++;
        }
        double observed = 0;
        double expected = 0;
        double n = rows.length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double w = (double) (a - b) * (a - b);
                observed += w * confusion[a][b];
                expected += w * (trueCounts[a] * (double) predictedCounts[b] / n);
            }
        }
        return 1 - observed / expected;
    }
}
