package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * Settings only some strategies read: {@code consistency}'s, the width of {@code noisy-student}'s student (0 = the
 * teacher's) and {@code label-propagation}'s graph.
 */
public record StrategyOptions(ConsistencyOptions consistency, int studentWidth, LabelGraph labelGraph) {
    public StrategyOptions {
        if (consistency == null) {
            consistency = ConsistencyOptions.defaults();
        }
        if (labelGraph == null) {
            labelGraph = LabelGraph.DEFAULTS;
        }
        if (studentWidth < 0 || studentWidth > 512) {
            throw new HarnessException("--student-width must be 0 (the teacher's) or 1..512, got " + studentWidth);
        }
    }

    /** With the default label-propagation graph. */
    public StrategyOptions(ConsistencyOptions consistency, int studentWidth) {
        this(consistency, studentWidth, null);
    }

    public static StrategyOptions defaults() {
        return new StrategyOptions(ConsistencyOptions.defaults(), 0);
    }
}
