package pseudolab.harness.data;

import pseudolab.harness.HarnessException;

/** The targets of a regression: one finite number per train row, in the target's own units. */
public record NumericTargets(float[] values) implements Targets {
    public NumericTargets {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new HarnessException("regression target " + i + " is not a finite number: " + values[i]);
            }
        }
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
