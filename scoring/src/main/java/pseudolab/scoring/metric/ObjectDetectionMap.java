package pseudolab.scoring.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pseudolab.scoring.csv.NumberParser;

/**
 * Global Wheat Detection's metric. Per image and IoU threshold t, predictions in descending confidence
 * (ties in submitted order) each claim the unclaimed true box of highest IoU above t (ties: the first true
 * box); precision = TP / (TP + FP + FN). An image scores the mean over the thresholds; images with neither
 * true nor predicted boxes are left out; the score is the mean over the remaining images.
 */
public record ObjectDetectionMap(List<String> columns, double[] thresholds) implements ColumnMetric {
    /** Truth boxes carry no confidence, so the solution is not itself a valid submission. */
    @Override
    public boolean truthIsAPrediction() {
        return false;
    }

    public static final String NAME = "object_detection_map";
    public static final String DEFAULT_THRESHOLDS = "0.5:0.75:0.05";

    public ObjectDetectionMap {
        columns = List.copyOf(columns);
        thresholds = thresholds.clone();
    }

    /** The metric with its parameters: {@code thresholds} (default 0.5:0.75:0.05) and {@code columns}. */
    public static ObjectDetectionMap of(Map<String, String> params) {
        List<String> columns = MetricParams.columns(NAME, params, Set.of("thresholds"));
        return new ObjectDetectionMap(
                columns, MetricParams.thresholds(NAME, params.getOrDefault("thresholds", DEFAULT_THRESHOLDS)));
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
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
        return ValueKind.TEXT;
    }

    @Override
    public int maxColumns() {
        return 1;
    }

    @Override
    public String textProblem(String cell) {
        return Boxes.problem(cell, true);
    }

    @Override
    public String solutionProblem(Table table, int row) {
        String problem = Boxes.problem(table.truthTexts(0)[row], false);
        return problem == null ? null : "column '" + table.columns().get(0) + "': " + problem;
    }

    @Override
    public double score(Table table, int[] rows) {
        String[] truth = table.truthTexts(0);
        String[] predicted = table.predictedTexts(0);
        NumberParser parser = new NumberParser();
        double sum = 0;
        int images = 0;
        for (int row : rows) {
            Boxes t = Boxes.parse(truth[row], false, parser);
            Boxes p = Boxes.parse(predicted[row], true, parser);
            if (t.count() > 0 || p.count() > 0) {
                sum += imageScore(t, p, thresholds);
                images++;
            }
        }
        return images == 0 ? Double.NaN : sum / images;
    }

    /** The mean over the thresholds of TP / (TP + FP + FN) for one image. */
    static double imageScore(Boxes truth, Boxes predicted, double[] thresholds) {
        int m = truth.count();
        int n = predicted.count();
        if (m == 0 || n == 0) {
            return 0;
        }
        double lowest = Arrays.stream(thresholds).min().orElseThrow();
        // for each prediction in confidence order, the true boxes it overlaps above the lowest threshold
        int[] order = confidenceOrder(predicted.confidence());
        int[] candidateStart = new int[n + 1];
        int[] candidates = new int[Math.min(n * m, 64)];
        double[] ious = new double[candidates.length];
        int size = 0;
        for (int k = 0; k < n; k++) {
            int p = order[k];
            for (int g = 0; g < m; g++) {
                double iou = predicted.iou(p, truth, g);
                if (iou > lowest) {
                    if (size == candidates.length) {
                        candidates = Arrays.copyOf(candidates, size * 2);
                        ious = Arrays.copyOf(ious, size * 2);
                    }
                    candidates[size] = g;
                    ious[size++] = iou;
                }
            }
            candidateStart[k + 1] = size;
        }
        boolean[] claimed = new boolean[m];
        double sum = 0;
        for (double t : thresholds) {
            Arrays.fill(claimed, false);
            int tp = 0;
            for (int k = 0; k < n; k++) {
                int best = -1;
                double bestIou = t;
                for (int c = candidateStart[k]; c < candidateStart[k + 1]; c++) {
                    if (ious[c] > bestIou && !claimed[candidates[c]]) {
                        best = candidates[c];
                        bestIou = ious[c];
                    }
                }
                if (best >= 0) {
                    claimed[best] = true;
                    tp++;
                }
            }
            sum += (double) tp / (n + m - tp);
        }
        return sum / thresholds.length;
    }

    /** Prediction indices by descending confidence, ties in submitted order. */
    private static int[] confidenceOrder(double[] confidence) {
        Integer[] order = new Integer[confidence.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(confidence[b], confidence[a]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectDetectionMap other
                && columns.equals(other.columns)
                && Arrays.equals(thresholds, other.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return NAME + Arrays.toString(thresholds);
    }
}
