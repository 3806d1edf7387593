package pseudolab.scoring.metric;

/** Shared arithmetic of the error metrics. */
final class Errors {
    static final double EPSILON = 1e-15;

    private Errors() {}

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    static double meanSquared(double[] truth, double[] predicted, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            double d = truth[row] - predicted[row];
            sum += d * d;
        }
        return sum / rows.length;
    }

    /** Mean of -(y log p + (1 - y) log(1 - p)) with p clipped. */
    static double binaryLogLoss(double[] truth, double[] predicted, int[] rows) {
        double loss = 0;
        for (int row : rows) {
            double y = truth[row];
            double p = clip(predicted[row]);
            if (y != 0) {
                loss -= y * Math.log(p);
            }
            if (y != 1) {
                loss -= (1 - y) * Math.log(1 - p);
            }
        }
        return loss / rows.length;
    }
}
