package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * Settings of {@code consistency}: unlabelled rows per labelled row in a step (FixMatch's mu), the confidence a
 * weak-view prediction needs to become a target, the unlabelled loss's weight (lambda), the decay of the weight
 * average (0 = none) and the momentum of FreeMatch's self-adaptive threshold (0 = the fixed threshold).
 */
public record ConsistencyOptions(
        double unlabelledRatio, double threshold, double weight, double ema, double adaptiveMomentum) {
    /** The confidence threshold of FixMatch. */
    public static final double DEFAULT_THRESHOLD = 0.95;
    /** Unlabelled rows per labelled row, sized for 2 cores (FixMatch used 7). */
    public static final double DEFAULT_RATIO = 3;

    public ConsistencyOptions {
        if (!(unlabelledRatio > 0 && unlabelledRatio <= 64)) {
            throw new HarnessException("--unlabelled-ratio must be in (0, 64], got " + unlabelledRatio);
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new HarnessException("--threshold must be in [0, 1), got " + threshold);
        }
        if (!(weight > 0 && weight <= 100)) {
            throw new HarnessException("--pl-weight must be in (0, 100], got " + weight);
        }
        if (!(ema == 0 || (ema > 0 && ema < 1))) {
            throw new HarnessException("--ema must be 0 (off) or a decay in (0, 1), got " + ema);
        }
        if (!(adaptiveMomentum == 0 || (adaptiveMomentum > 0 && adaptiveMomentum < 1))) {
            throw new HarnessException(
                    "--adaptive-threshold must be 0 (off) or a momentum in (0, 1), got " + adaptiveMomentum);
        }
    }

    public ConsistencyOptions(double unlabelledRatio, double threshold, double weight, double ema) {
        this(unlabelledRatio, threshold, weight, ema, 0);
    }

    /** Unlabelled rows in a step beside {@code labelledRows} labelled ones: the ratio times them, at least one. */
    public int unlabelledPerStep(int labelledRows) {
        return Math.max(1, (int) Math.round(unlabelledRatio * labelledRows));
    }

    /** Ratio 3, threshold 0.95, weight 1, no weight average. */
    public static ConsistencyOptions defaults() {
        return new ConsistencyOptions(DEFAULT_RATIO, DEFAULT_THRESHOLD, 1.0, 0);
    }
}
