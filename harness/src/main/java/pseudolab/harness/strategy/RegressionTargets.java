package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * The numeric targets of a regression as the workbench sees them: standardised train targets, standardised
 * test truth (NaN where unknown; null without a solution, only ever compared with pseudo-targets) and the
 * standard deviation that turns standardised errors back into the target's units.
 */
public record RegressionTargets(float[] train, float[] truth, double std) {
    public RegressionTargets {
        if (train == null || !(std > 0)) {
            throw new HarnessException("regression targets need train values and a positive standard deviation");
        }
    }

    /** RMSE in the target's units of the standardised {@code predicted} values of the test rows with a known truth; null when none. */
    Double rmse(float[][] predicted) {
        if (truth == null) {
            return null;
        }
        double sq = 0;
        int known = 0;
        for (int r = 0; r < predicted.length; r++) {
            if (!Float.isNaN(truth[r])) {
                double e = predicted[r][0] - truth[r];
                sq += e * e;
                known++;
            }
        }
        return known == 0 ? null : Math.sqrt(sq / known) * std;
    }
}
