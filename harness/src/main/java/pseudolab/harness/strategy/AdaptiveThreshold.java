package pseudolab.harness.strategy;

import java.util.Arrays;

/**
 * FreeMatch's self-adaptive threshold (Wang et al. 2023): a moving average of the model's mean top probability on
 * unlabelled batches sets the global level, and a moving average of its mean class probabilities scales it per
 * class ({@code tau_c = tau p_c / max p}), so the bar starts low while the model is unsure, rises as it learns, and
 * stays lower for the classes it predicts less often. Both averages start at 1 / classes.
 */
final class AdaptiveThreshold {
    private final double momentum;
    private final double[] classMean;
    private double global;

    AdaptiveThreshold(int classes, double momentum) {
        this.momentum = momentum;
        this.classMean = new double[classes];
        Arrays.fill(classMean, 1.0 / classes);
        this.global = 1.0 / classes;
    }

    /** Folds one batch of weak-view probabilities into the averages. */
    void update(float[][] probabilities) {
        if (probabilities.length == 0) {
            return;
        }
        double top = 0;
        double[] mean = new double[classMean.length];
        for (float[] row : probabilities) {
            float best = 0;
            for (int c = 0; c < row.length; c++) {
                best = Math.max(best, row[c]);
                mean[c] += row[c];
            }
            top += best;
        }
        int n = probabilities.length;
        global = momentum * global + (1 - momentum) * top / n;
        for (int c = 0; c < classMean.length; c++) {
            classMean[c] = momentum * classMean[c] + (1 - momentum) * mean[c] / n;
        }
    }

    /** The confidence a prediction of class {@code c} needs now. */
    double threshold(int c) {
        double max = Arrays.stream(classMean).max().orElse(1);
        return global * classMean[c] / max;
    }

    /** The global level (for the provenance). */
    double global() {
        return global;
    }
}
