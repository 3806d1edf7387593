package pseudolab.scoring.metric;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TGS Salt's metric: per image, the fraction of the IoU thresholds 0.50, 0.55, ..., 0.95 that the IoU of the
 * predicted and true run-length masks strictly exceeds (two empty masks score 1); the mean over images.
 */
public record RleMaskIouMap(List<String> columns, int height, int width) implements ColumnMetric {
    public static final String NAME = "rle_mask_iou_map";
    private static final double[] THRESHOLDS = MetricParams.thresholds(NAME, "0.5:0.95:0.05");

    public RleMaskIouMap {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters: {@code height} and {@code width} (required), {@code columns}. */
    public static RleMaskIouMap of(Map<String, String> params) {
        List<String> columns = MetricParams.columns(NAME, params, Set.of("height", "width"));
        int height = MetricParams.positiveInt(NAME, params, "height", "height=101");
        int width = MetricParams.positiveInt(NAME, params, "width", "width=101");
        if ((long) height * width > Integer.MAX_VALUE / 2) {
            throw new pseudolab.scoring.ScoringException(
                    "metric '" + NAME + "': " + height + " x " + width + " pixels is too large");
        }
        return new RleMaskIouMap(columns, height, width);
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
        return RleMask.problem(cell, height * width);
    }

    @Override
    public String solutionProblem(Table table, int row) {
        String problem = RleMask.problem(table.truthTexts(0)[row], height * width);
        return problem == null ? null : "column '" + table.columns().get(0) + "': " + problem;
    }

    @Override
    public double score(Table table, int[] rows) {
        String[] truth = table.truthTexts(0);
        String[] predicted = table.predictedTexts(0);
        double sum = 0;
        for (int row : rows) {
            sum += imageScore(RleMask.parse(truth[row], height * width), RleMask.parse(predicted[row], height * width));
        }
        return sum / rows.length;
    }

    /** The fraction of thresholds the masks' IoU strictly exceeds; 1 when both are empty. */
    static double imageScore(RleMask truth, RleMask predicted) {
        long common = truth.intersection(predicted);
        long union = truth.area() + predicted.area() - common;
        if (union == 0) {
            return 1;
        }
        double iou = (double) common / union;
        int hits = 0;
        for (double t : THRESHOLDS) {
            if (iou > t) {
                hits++;
            }
        }
        return (double) hits / THRESHOLDS.length;
    }
}
