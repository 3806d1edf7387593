package pseudolab.harness.learn;

import java.util.Locale;
import pseudolab.harness.HarnessException;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code constant} or {@code cosine}. */
    public static LrSchedule parse(String text) {
        for (LrSchedule s : values()) {
            if (s.cliName().equals(text)) {
                return s;
            }
        }
        throw new HarnessException("--lr-schedule must be constant or cosine, got '" + text + "'");
    }
}
