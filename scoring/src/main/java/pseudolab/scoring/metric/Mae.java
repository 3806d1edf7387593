package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Mean absolute error; with several columns the mean of the columns' MAEs (sklearn mean_absolute_error). */
public record Mae(List<String> columns) implements ColumnMetric {
    public static final String NAME = "mae";

    public Mae {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Mae of(Map<String, String> params) {
        return new Mae(MetricParams.columns(NAME, params));
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
            double[] t = table.truthNumbers(j);
            double[] p = table.predictedNumbers(j);
            double sum = 0;
            for (int row : rows) {
                sum += Math.abs(t[row] - p[row]);
            }
            total += sum / rows.length;
        }
        return total / table.columnCount();
    }
}
