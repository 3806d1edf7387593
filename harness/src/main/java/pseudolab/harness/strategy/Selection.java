package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * How pseudolabels are chosen and weighted: {@code hard} one-hot or {@code soft} teacher probabilities, keep rows
 * whose top probability exceeds {@code threshold}, at most {@code topKPerClass} per class (0 = no cap, the most
 * confident first), each with loss weight {@code weight}.
 */
public record Selection(String labels, double threshold, int topKPerClass, double weight) {
    public Selection {
        if (!"hard".equals(labels) && !"soft".equals(labels)) {
            throw new HarnessException("--labels must be hard or soft, got '" + labels + "'");
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new HarnessException("--threshold must be in [0, 1), got " + threshold);
        }
        if (topKPerClass < 0) {
            throw new HarnessException("--top-k-per-class must be 0 (no cap) or positive, got " + topKPerClass);
        }
        if (!(weight > 0 && weight <= 100)) {
            throw new HarnessException("--pl-weight must be in (0, 100], got " + weight);
        }
    }

    /** Hard labels, threshold 0.9, no per-class cap, weight 1. */
    public static Selection defaults() {
        return new Selection("hard", 0.9, 0, 1.0);
    }

    /**
     * Refuses the classification-only options for a regression, where every test row is kept with the teacher's
     * prediction as its target: {@code --labels soft}, a {@code --threshold} other than 0.9, a {@code --top-k-per-class}.
     */
    public void requireRegressionDefaults() {
        Selection d = defaults();
        String why = " applies to classification only; regression keeps every test row with the teacher's "
                + "predicted value as its target (only --pl-weight applies)";
        if (soft()) {
            throw new HarnessException("--labels soft" + why);
        }
        if (threshold != d.threshold()) {
            throw new HarnessException("--threshold " + threshold + why);
        }
        if (topKPerClass != d.topKPerClass()) {
            throw new HarnessException("--top-k-per-class " + topKPerClass + why);
        }
    }

    /**
     * The selection as words of a submission description: {@code  labels=hard threshold=0.9 [top-k=K] pl-weight=1.0},
     * or only {@code  pl-weight=W} for a regression (which keeps every row).
     */
    public String describe(boolean regression) {
        if (regression) {
            return " pl-weight=" + weight;
        }
        return " labels=" + labels + " threshold=" + threshold + (topKPerClass > 0 ? " top-k=" + topKPerClass : "")
                + " pl-weight=" + weight;
    }

    public boolean soft() {
        return "soft".equals(labels);
    }
}
