package pseudolab.scoring.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * The same AUC from a resample's counts: one pass over the rows in the order of their predicted values (kept
     * with the table), adding each tie group's wins when the group ends. Branch-free in the rows, no allocation.
     */
    @Override
    public double score(Table table, Resample resample) {
        double total = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            int column = j;
            int[] ranks = table.derived("auc-ranks:" + j, () -> denseRanks(table.predictedNumbers(column)));
            RowsByPrediction sorted =
                    table.derived("auc-sorted:" + j, () -> RowsByPrediction.of(ranks, table.truthNumbers(column)));
            if (sorted.truthNotBinary()) {
                return score(table, resample.rows()); // names the problem if a scored row has it
            }
            total += auc(table.columns().get(j), sorted, resample);
        }
        return total / table.columnCount();
    }

    /**
     * Row indices in increasing order of predicted value, each row's truth (1 positive, 0 negative) in that order, the
     * first and one-past-last positions of each row's tie group, and whether any truth value is not 0/1.
     */
    private record RowsByPrediction(
            int[] rows, int[] positive, int[] groupStart, int[] groupEnd, boolean truthNotBinary) {
        /** A counting sort of the rows by their dense ranks. */
        static RowsByPrediction of(int[] ranks, double[] truth) {
            int distinct = Arrays.stream(ranks).max().orElse(-1) + 1;
            int[] starts = new int[distinct + 1];
            for (int rank : ranks) {
                starts[rank + 1]++;
            }
            for (int r = 0; r < distinct; r++) {
                starts[r + 1] += starts[r];
            }
            int[] rows = new int[ranks.length];
            int[] next = Arrays.copyOf(starts, distinct);
            for (int row = 0; row < ranks.length; row++) {
                rows[next[ranks[row]]++] = row;
            }
            int[] positive = new int[rows.length];
            int[] groupStart = new int[rows.length];
            int[] groupEnd = new int[rows.length];
            boolean notBinary = false;
            for (int i = 0; i < rows.length; i++) {
                int rank = ranks[rows[i]];
                groupStart[i] = starts[rank];
                groupEnd[i] = starts[rank + 1];
                double y = truth[rows[i]];
                positive[i] = y == 1 ? 1 : 0;
                notBinary |= y != 0 && y != 1;
            }
            return new RowsByPrediction(rows, positive, groupStart, groupEnd, notBinary);
        }
    }

    /**
     * Twice the wins over the negatives, in two passes without branches: the running count of negatives drawn up to
     * each position, then for each positive draw the negatives below its tie group (counted twice) plus those tied
     * with it, read off that running count at the group's two ends.
     */
    private static double auc(String column, RowsByPrediction sorted, Resample resample) {
        int[] rows = sorted.rows();
        int[] positive = sorted.positive();
        int[] negativesBefore = resample.scratch(rows.length + 1);
        long positives = 0;
        int negatives = 0;
        for (int i = 0; i < rows.length; i++) {
            int count = resample.count(rows[i]);
            int positiveCount = count * positive[i];
            positives += positiveCount;
            negativesBefore[i] = negatives;
            negatives += count - positiveCount;
        }
        negativesBefore[rows.length] = negatives;
        int[] groupStart = sorted.groupStart();
        int[] groupEnd = sorted.groupEnd();
        long twiceWins = 0;
        for (int i = 0; i < rows.length; i++) {
            long positiveCount = (long) resample.count(rows[i]) * positive[i];
            twiceWins += positiveCount * (negativesBefore[groupStart[i]] + negativesBefore[groupEnd[i]]);
        }
        if (positives == 0 || negatives == 0) {
            throw oneClass(column);
        }
        return twiceWins / (2.0 * positives * negatives);
    }

    /** Each row's predicted value as its rank among the distinct predicted values of all rows (0 = lowest). */
    private static int[] denseRanks(double[] predicted) {
        // + 0.0 turns -0.0 into 0.0, which ties with it as the comparison operators say
        double[] distinct =
                Arrays.stream(predicted).map(v -> v + 0.0).sorted().distinct().toArray();
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
                throw notBinary(column);
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
            throw oneClass(column);
        }
        double twiceWins = 0;
        long below = 0;
        for (int r = 0; r < size; r++) {
            twiceWins += pos[r] * (2.0 * below + neg[r]);
            below += neg[r];
        }
        return twiceWins / (2.0 * positives * negatives);
    }

    private static ScoringException notBinary(String column) {
        return new ScoringException("metric auc needs 0/1 truth values; solution column '" + column + "' has others");
    }

    private static ScoringException oneClass(String column) {
        return new ScoringException(
                "metric auc is undefined when the scored rows of column '" + column + "' hold one class only");
    }
}
