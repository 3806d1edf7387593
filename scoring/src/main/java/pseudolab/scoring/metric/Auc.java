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
            int column = j;
            int[] ranks = table.derived("auc-ranks:" + j, () -> denseRanks(table.predictedNumbers(column)));
            total += auc(table.columns().get(j), table.truthNumbers(j), ranks, rows);
        }
        return total / table.columnCount();
    }

    /** Each row's predicted value as its rank among the distinct predicted values of all rows (0 = lowest). */
    private static int[] denseRanks(double[] predicted) {
        // + 0.0 turns -0.0 into 0.0, which ties with it as the comparison operators say
        double[] distinct = Arrays.stream(predicted).map(v -> v + 0.0).sorted().distinct().toArray();
        int[] ranks = new int[predicted.length];
        for (int row = 0; row < ranks.length; row++) {
            ranks[row] = Arrays.binarySearch(distinct, predicted[row] + 0.0);
        }
        return ranks;
    }

    /** Counts positives and negatives per rank (rows may repeat), then sums the wins in one pass up the ranks. */
    private double auc(String column, double[] truth, int[] ranks, int[] rows) {
        int size = 0;
        for (int row : rows) {
            size = Math.max(size, ranks[row] + 1);
        }
        long[] pos = new long[size];
        long[] neg = new long[size];
        long positives = 0;
        for (int row : rows) {
            double y = truth[row];
            if (y != 0 && y != 1) {
                throw new ScoringException("metric auc needs 0/1 truth values; solution column '"
                        + column + "' has others");
            }
            if (y == 1) {
                pos[ranks[row]]++;
                positives++;
            } else {
                neg[ranks[row]]++;
            }
        }
        long negatives = rows.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new ScoringException("metric auc is undefined when the scored rows of column '" + column
                    + "' hold one class only");
        }
        double twiceWins = 0;
        long below = 0;
        for (int r = 0; r < size; r++) {
            twiceWins += pos[r] * (2.0 * below + neg[r]);
            below += neg[r];
        }
        return twiceWins / (2.0 * positives * negatives);
    }
}
