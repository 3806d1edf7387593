package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;
import java.util.Arrays;
import pseudolab.scoring.ScoringException;

/** Area under the ROC curve for 0/1 truth, ties counting one half; with several columns their mean (sklearn roc_auc_score, macro). */
public record Auc(List<String> columns) implements ColumnMetric {
    public static final String NAME = "auc";

    public Auc {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Auc of(Map<String, String> params) {
        return new Auc(MetricParams.columns(NAME, params));
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
        return ValueKind.NUMBER;
    }


    @Override
    public double score(Table table, int[] rows) {
        double total = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            total += auc(table.columns().get(j), table.truthNumbers(j), table.predictedNumbers(j), rows);
        }
        return total / table.columnCount();
    }

    private double auc(String column, double[] truth, double[] predicted, int[] rows) {
        int positives = 0;
        for (int row : rows) {
            double y = truth[row];
            if (y != 0 && y != 1) {
                throw new ScoringException("metric auc needs 0/1 truth values; solution column '"
                        + column + "' has others");
            }
            if (y == 1) {
                positives++;
            }
        }
        int negatives = rows.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new ScoringException("metric auc is undefined when the scored rows of column '" + column
                    + "' hold one class only");
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        int ip = 0;
        int in = 0;
        for (int row : rows) {
            if (truth[row] == 1) {
                pos[ip++] = predicted[row];
            } else {
                neg[in++] = predicted[row];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        long twiceWins = 0;
        int below = 0;
        int upTo = 0;
        for (double p : pos) {
            while (below < negatives && neg[below] < p) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < negatives && neg[upTo] <= p) {
                upTo++;
            }
            twiceWins += 2L * below + (upTo - below);
        }
        return twiceWins / (2.0 * positives * negatives);
    }
}
