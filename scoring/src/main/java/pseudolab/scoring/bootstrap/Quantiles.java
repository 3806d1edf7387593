package pseudolab.scoring.bootstrap;

/** Quantiles of sorted samples, interpolated linearly between order statistics (NumPy's default, type 7). */
final class Quantiles {
    private Quantiles() {}

    static double of(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return fraction == 0 || sorted[below] == sorted[above]
                ? sorted[below]
                : sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
