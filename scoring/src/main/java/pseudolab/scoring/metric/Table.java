package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Truth and predictions for the scored columns, one primitive array per column aligned by row index,
 * held as numbers, label codes or text according to the metric's {@link ValueKind}.
 */
public final class Table {
    private final List<String> columns;
    private final ValueKind kind;
    private final double[][] truthNumbers;
    private final double[][] predictedNumbers;
    private final int[][] truthLabels;
    private final int[][] predictedLabels;
    private final Labels[] labels;
    private final String[][] truthTexts;
    private final String[][] predictedTexts;
    private final IntFunction<String> ids;
    /** Values metrics derive from the whole table once (such as ranks), reused when they score many row subsets. */
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    private Table(
            List<String> columns,
            ValueKind kind,
            double[][] truthNumbers,
            double[][] predictedNumbers,
            int[][] truthLabels,
            int[][] predictedLabels,
            Labels[] labels,
            String[][] truthTexts,
            String[][] predictedTexts,
            IntFunction<String> ids) {
        this.columns = List.copyOf(columns);
        this.kind = kind;
        this.truthNumbers = truthNumbers;
        this.predictedNumbers = predictedNumbers;
        this.truthLabels = truthLabels;
        this.predictedLabels = predictedLabels;
        this.labels = labels;
        this.truthTexts = truthTexts;
        this.predictedTexts = predictedTexts;
        this.ids = ids;
    }

    public static Table ofNumbers(List<String> columns, double[][] truth, double[][] predicted) {
        return new Table(columns, ValueKind.NUMBER, truth, predicted, null, null, null, null, null, null);
    }

    public static Table ofLabels(List<String> columns, int[][] truth, int[][] predicted, Labels[] labels) {
        return new Table(columns, ValueKind.LABEL, null, null, truth, predicted, labels, null, null, null);
    }

    public static Table ofTexts(List<String> columns, String[][] truth, String[][] predicted) {
        return new Table(columns, ValueKind.TEXT, null, null, null, null, null, truth, predicted, null);
    }

    /** The same table with the id of each row (a solution's ids, for metrics that read them). */
    public Table withIds(IntFunction<String> rowIds) {
        return new Table(
                columns,
                kind,
                truthNumbers,
                predictedNumbers,
                truthLabels,
                predictedLabels,
                labels,
                truthTexts,
                predictedTexts,
                rowIds);
    }

    /**
     * A value derived from this table's columns alone (never from the rows being scored), computed at its first use
     * and kept with the table, so that scoring many resamples of the rows pays for it once.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Supplier<T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.get());
    }

    /** Whether the rows have ids (false for in-memory evaluation). */
    public boolean hasIds() {
        return ids != null;
    }

    /** The id of the row; only when {@link #hasIds()}. */
    public String id(int row) {
        return ids.apply(row);
    }

    public List<String> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public ValueKind kind() {
        return kind;
    }

    public double[] truthNumbers(int column) {
        return truthNumbers[column];
    }

    public double[] predictedNumbers(int column) {
        return predictedNumbers[column];
    }

    public int[] truthLabels(int column) {
        return truthLabels[column];
    }

    public int[] predictedLabels(int column) {
        return predictedLabels[column];
    }

    public Labels labels(int column) {
        return labels[column];
    }

    public String[] truthTexts(int column) {
        return truthTexts[column];
    }

    public String[] predictedTexts(int column) {
        return predictedTexts[column];
    }
}
