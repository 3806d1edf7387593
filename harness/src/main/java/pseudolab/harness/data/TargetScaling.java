package pseudolab.harness.data;

import pseudolab.harness.HarnessException;

/** Standardisation of numeric targets with the train mean and standard deviation (1 when the targets are constant). */
public record TargetScaling(double mean, double std) {
    public TargetScaling {
        if (!Double.isFinite(mean) || !(std > 0) || !Double.isFinite(std)) {
            throw new HarnessException("target scaling needs a finite mean and a positive standard deviation, got "
                    + mean + " and " + std);
        }
    }

    /** The mean and (population) standard deviation of {@code values}. */
    public static TargetScaling fit(float[] values) {
        if (values.length == 0) {
            throw new HarnessException("no targets to scale");
        }
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double sq = 0;
        for (float v : values) {
            sq += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sq / values.length);
        return new TargetScaling(mean, std > 1e-12 ? std : 1.0);
    }

    /** {@code (v - mean) / std} for each value; NaN stays NaN. */
    public float[] standardise(float[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) ((values[i] - mean) / std);
        }
        return out;
    }

    /** A standardised value back in the target's units. */
    public float invert(float standardised) {
        return (float) (standardised * std + mean);
    }

    @Override
    public String toString() {
        return "standardised with train mean " + mean + " and standard deviation " + std;
    }
}
