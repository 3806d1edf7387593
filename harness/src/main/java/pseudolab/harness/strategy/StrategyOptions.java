package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * Settings only some strategies read: {@code consistency}'s, the width of {@code noisy-student}'s student (0 = the
 * teacher's), {@code label-propagation}'s graph and how many times it retrains on its propagated labels.
 */
public record StrategyOptions(
        ConsistencyOptions consistency, int studentWidth, LabelGraph labelGraph, int propagationRounds) {
    /** The most retraining rounds {@code --propagation-rounds} accepts. */
    public static final int MAX_PROPAGATION_ROUNDS = 5;

    /**
     * Retraining rounds when none are asked for: two, the recipe we recommend. On the resnet at 1,000 updates, three
     * seeds each, the first round adds about +0.9 points private to propagation alone; the second adds +1.1 to +1.2
     * more on the unseen 500 / 3,000 competition and 0 to +0.25 on the demo one (README, "What pays").
     */
    public static final int DEFAULT_PROPAGATION_ROUNDS = 2;

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
        if (propagationRounds < 0 || propagationRounds > MAX_PROPAGATION_ROUNDS) {
            throw new HarnessException(
                    "--propagation-rounds must be 0.." + MAX_PROPAGATION_ROUNDS + ", got " + propagationRounds);
        }
    }

    /** With the default label-propagation graph and retraining rounds. */
    public StrategyOptions(ConsistencyOptions consistency, int studentWidth) {
        this(consistency, studentWidth, null, DEFAULT_PROPAGATION_ROUNDS);
    }

    public static StrategyOptions defaults() {
        return new StrategyOptions(ConsistencyOptions.defaults(), 0);
    }
}
