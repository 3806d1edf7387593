package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Log loss: with one column binary (probability of class 1), with several one column per class, each row divided by its sum, then clipped to [1e-15, 1-1e-15]. */
public record LogLoss(List<String> columns) implements ColumnMetric {
    public static final String NAME = "logloss";

    public LogLoss {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static LogLoss of(Map<String, String> params) {
        return new LogLoss(MetricParams.columns(NAME, params));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.NUMBER;
    }

    @Override
    public ValueRange range() {
        return ValueRange.NON_NEGATIVE;
    }

    @Override
    public double score(Table table, int[] rows) {
        int k = table.columnCount();
        if (k == 1) {
            return Errors.binaryLogLoss(table.truthNumbers(0), table.predictedNumbers(0), rows);
        }
        double[][] t = new double[k][];
        double[][] p = new double[k][];
        for (int j = 0; j < k; j++) {
            t[j] = table.truthNumbers(j);
            p[j] = table.predictedNumbers(j);
        }
        double loss = 0;
        for (int row : rows) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += p[j][row];
            }
            for (int j = 0; j < k; j++) {
                double y = t[j][row];
                if (y != 0) {
                    loss -= y * Math.log(Errors.clip(p[j][row] / sum));
                }
            }
        }
        return loss / rows.length;
    }

    @Override
    public String rowProblem(Table table, int row) {
        if (table.columnCount() == 1) {
            double p = table.predictedNumbers(0)[row];
            return p > 1
                    ? "the probability " + p + " in column '" + table.columns().get(0) + "' is above 1"
                    : null;
        }
        for (int j = 0; j < table.columnCount(); j++) {
            if (table.predictedNumbers(j)[row] > 0) {
                return null;
            }
        }
        return "the probabilities in columns " + String.join(", ", table.columns()) + " sum to 0";
    }
}
