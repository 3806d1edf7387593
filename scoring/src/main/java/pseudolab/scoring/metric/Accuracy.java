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

    /** The same share from a resample's counts: one sequential pass over the rows (a row right in every column, once). */
    @Override
    public double score(Table table, Resample resample) {
        int[] right = table.derived("accuracy-right", () -> {
            int[] r = new int[table.truthLabels(0).length];
            for (int row = 0; row < r.length; row++) {
                boolean all = true;
                for (int j = 0; j < table.columnCount() && all; j++) {
                    all = table.truthLabels(j)[row] == table.predictedLabels(j)[row];
                }
                r[row] = all ? 1 : 0;
            }
            return r;
        });
        int[] counts = resample.counts();
        long correct = 0;
        for (int row = 0, n = Math.min(counts.length, right.length); row < n; row++) {
            correct += (long) counts[row] * right[row];
        }
        return (double) correct / resample.rows().length;
    }
}
