package pseudolab.harness.learn;

import pseudolab.harness.CliNames;

/**
 * How the learning rate moves over one training call: {@code constant}, or FixMatch's {@code cosine} decay
 * {@code lr cos(7 pi t / 16 T)} from the base rate to about a fifth of it, so a baseline and a consistency run
 * that share a budget also share a schedule.
 */
public enum LrSchedule {
    CONSTANT,
    COSINE;

    /** The multiplier of the base rate after the share {@code progress} (0..1) of the call's updates. */
    public double factor(double progress) {
        return this == CONSTANT ? 1.0 : Math.cos(7 * Math.PI * Math.min(1, Math.max(0, progress)) / 16);
    }

    /** The command-line name. */
    public String cliName() {
        return CliNames.of(this);
    }

    /** {@code constant} or {@code cosine}. */
    public static LrSchedule parse(String text) {
        return CliNames.parse(LrSchedule.class, "--lr-schedule", text);
    }
}
