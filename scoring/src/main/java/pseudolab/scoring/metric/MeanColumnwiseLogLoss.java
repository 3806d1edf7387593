package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Mean over scored columns of each column's binary log loss, probabilities clipped to [1e-15, 1-1e-15] (MoA). */
public record MeanColumnwiseLogLoss(List<String> columns) implements ColumnMetric {
    public static final String NAME = "mean_columnwise_logloss";

    public MeanColumnwiseLogLoss {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static MeanColumnwiseLogLoss of(Map<String, String> params) {
        return new MeanColumnwiseLogLoss(MetricParams.columns(NAME, params));
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
        return ValueRange.PROBABILITY;
    }

    @Override
    public double score(Table table, int[] rows) {
        double total = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            total += Errors.binaryLogLoss(table.truthNumbers(j), table.predictedNumbers(j), rows);
        }
        return total / table.columnCount();
    }
}
