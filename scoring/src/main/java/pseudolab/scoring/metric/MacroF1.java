package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;

/** Unweighted mean over the labels present in truth or predictions of each label's F1 (sklearn f1_score, average=macro). */
public record MacroF1(List<String> columns) implements ColumnMetric {
    public static final String NAME = "macro_f1";

    public MacroF1 {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static MacroF1 of(Map<String, String> params) {
        return new MacroF1(MetricParams.columns(NAME, params));
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
    public int maxColumns() {
        return 1;
    }

    @Override
    public double score(Table table, int[] rows) {
        int[] truth = table.truthLabels(0);
        int[] predicted = table.predictedLabels(0);
        int n = table.labels(0).size();
        long[] truePositives = new long[n];
        long[] trueCounts = new long[n];
        long[] predictedCounts = new long[n];
        for (int row : rows) {
            trueCounts[truth[row]]++;
            predictedCounts[predicted[row]]++;
            if (truth[row] == predicted[row]) {
                truePositives[truth[row]]++;
            }
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < n; c++) {
            if (trueCounts[c] + predictedCounts[c] > 0) {
                present++;
                sum += 2.0 * truePositives[c] / (trueCounts[c] + predictedCounts[c]);
            }
        }
        return sum / present;
    }
}
