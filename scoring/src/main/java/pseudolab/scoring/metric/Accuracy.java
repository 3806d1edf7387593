package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Share of rows whose predicted labels equal the true ones in every scored column (sklearn accuracy_score). */
public record Accuracy(List<String> columns) implements ColumnMetric {
    public static final String NAME = "accuracy";

    public Accuracy {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Accuracy of(Map<String, String> params) {
        return new Accuracy(MetricParams.columns(NAME, params));
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


    @Override
    public double score(Table table, int[] rows) {
        int correct = 0;
        for (int row : rows) {
            boolean all = true;
            for (int j = 0; j < table.columnCount() && all; j++) {
                all = table.truthLabels(j)[row] == table.predictedLabels(j)[row];
            }
            if (all) {
                correct++;
            }
        }
        return (double) correct / rows.length;
    }
}
