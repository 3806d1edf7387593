package pseudolab.harness.data;

import pseudolab.harness.HarnessException;

/**
 * The targets of a regression: one finite number per train row, in the target's own units; a network trains on them
 * standardised ({@link #scaling()}, {@link #standardised()}).
 */
public record NumericTargets(float[] values) implements Targets {
    public NumericTargets {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new HarnessException("regression target " + i + " is not a finite number: " + values[i]);
            }
        }
    }

    /** The standardisation the targets are trained with: their mean and (population) standard deviation. */
    public TargetScaling scaling() {
        return TargetScaling.fit(values);
    }

    /** The targets standardised with {@link #scaling()}: what a regression network trains on. */
    public float[] standardised() {
        return scaling().standardise(values);
    }

    @Override
    public int rows() {
        return values.length;
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
