package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/**
 * Root mean squared error; with several columns the mean of the columns' RMSEs (sklearn, squared=False), which
 * is also Kaggle's mean columnwise RMSE ({@code mcrmse}): one computation under two names.
 */
public record Rmse(String name, List<String> columns) implements ColumnMetric {
    public static final String NAME = "rmse";
    public static final String MCRMSE = "mcrmse";

    public Rmse {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Rmse of(Map<String, String> params) {
        return new Rmse(NAME, MetricParams.columns(NAME, params));
    }

    /** Mean columnwise RMSE: the mean over the scored columns of each column's RMSE. */
    public static Rmse mcrmse(Map<String, String> params) {
        return new Rmse(MCRMSE, MetricParams.columns(MCRMSE, params));
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
    public double score(Table table, int[] rows) {
        double total = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            total += Math.sqrt(Errors.meanSquared(table.truthNumbers(j), table.predictedNumbers(j), rows));
        }
        return total / table.columnCount();
    }
}
