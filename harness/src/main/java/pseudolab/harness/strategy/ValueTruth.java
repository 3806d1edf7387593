package pseudolab.harness.strategy;

import pseudolab.harness.data.TargetScaling;

/**
 * The test rows' true values from solution.csv, standardised as the train targets are (NaN where a row is unknown;
 * null {@code standardised} without a solution), and the standard deviation that turns errors back into the target's
 * units: only ever compared with pseudo-targets for the provenance, never trained on.
 */
public record ValueTruth(float[] standardised, double std) {
    /** The truth {@code inUnits} (null without a solution) standardised with {@code scaling}. */
    public static ValueTruth of(float[] inUnits, TargetScaling scaling) {
        return new ValueTruth(inUnits == null ? null : scaling.standardise(inUnits), scaling.std());
    }

    /**
     * RMSE in the target's units of the standardised {@code predicted} values (first column) of the test rows with a
     * known truth; null when none is known.
     */
    public Double rmse(float[][] predicted) {
        if (standardised == null) {
            return null;
        }
        double sq = 0;
        int known = 0;
        for (int r = 0; r < predicted.length; r++) {
            if (!Float.isNaN(standardised[r])) {
                double e = predicted[r][0] - standardised[r];
                sq += e * e;
                known++;
            }
        }
        return known == 0 ? null : Math.sqrt(sq / known) * std;
    }
}
