package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/** Settings only some strategies read: {@code consistency}'s, and the width of {@code noisy-student}'s student (0 = the teacher's). */
public record StrategyOptions(ConsistencyOptions consistency, int studentWidth) {
    public StrategyOptions {
        if (consistency == null) {
            consistency = ConsistencyOptions.defaults();
        }
        if (studentWidth < 0 || studentWidth > 512) {
            throw new HarnessException("--student-width must be 0 (the teacher's) or 1..512, got " + studentWidth);
        }
    }

    public static StrategyOptions defaults() {
        return new StrategyOptions(ConsistencyOptions.defaults(), 0);
    }
}
