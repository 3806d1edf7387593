package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Mean columnwise root mean squared error: the mean over scored columns of each column's RMSE. */
public record Mcrmse(List<String> columns) implements ColumnMetric {
    public static final String NAME = "mcrmse";

    public Mcrmse {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Mcrmse of(Map<String, String> params) {
        return new Mcrmse(MetricParams.columns(NAME, params));
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
    public double score(Table table, int[] rows) {
        double total = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            total += Math.sqrt(Errors.meanSquared(table.truthNumbers(j), table.predictedNumbers(j), rows));
        }
        return total / table.columnCount();
    }
}
