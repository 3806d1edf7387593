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
        return meanF1(truePositives, trueCounts, predictedCounts);
    }

    /** The same F1s from a resample's counts: one sequential pass over the rows, each counted as often as drawn. */
    @Override
    public double score(Table table, Resample resample) {
        int[] truth = table.truthLabels(0);
        int[] predicted = table.predictedLabels(0);
        int n = table.labels(0).size();
        long[] truePositives = new long[n];
        long[] trueCounts = new long[n];
        long[] predictedCounts = new long[n];
        int[] counts = resample.counts();
        for (int row = 0, end = Math.min(counts.length, truth.length); row < end; row++) {
            int c = counts[row];
            int t = truth[row];
            trueCounts[t] += c;
            predictedCounts[predicted[row]] += c;
            truePositives[t] += t == predicted[row] ? c : 0;
        }
        return meanF1(truePositives, trueCounts, predictedCounts);
    }

    private static double meanF1(long[] truePositives, long[] trueCounts, long[] predictedCounts) {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < trueCounts.length; c++) {
            if (trueCounts[c] + predictedCounts[c] > 0) {
                present++;
                sum += 2.0 * truePositives[c] / (trueCounts[c] + predictedCounts[c]);
            }
        }
        return sum / present;
    }
}
