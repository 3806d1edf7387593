package pseudolab.harness.strategy;

import pseudolab.harness.HarnessException;

/**
 * Settings only some strategies read: {@code consistency}'s, the width of {@code noisy-student}'s student (0 = the
 * teacher's), {@code label-propagation}'s graph, how many times it retrains on its propagated labels, how, and
 * whose embeddings its later graphs join.
 */
public record StrategyOptions(
        ConsistencyOptions consistency,
        int studentWidth,
        LabelGraph labelGraph,
        int propagationRounds,
        PropagationTraining propagationTraining,
        PropagationEmbedding propagationEmbedding) {
    /** The most retraining rounds {@code --propagation-rounds} accepts. */
    public static final int MAX_PROPAGATION_ROUNDS = 5;

    /**
     * Retraining rounds when none are asked for: two, the recipe we recommend. On the resnet at 1,000 updates, three
     * seeds each, the first round adds about +0.9 points private to propagation alone; the second adds +1.1 to +1.2
     * more on the unseen 500 / 3,000 competition and 0 to +0.25 on the demo one (README, "What pays").
     */
    public static final int DEFAULT_PROPAGATION_ROUNDS = 2;

    /**
     * How the retraining rounds learn the propagated labels when not asked (its command-line name): jointly, the better
     * way for the default model, the MLP (+0.35 points private over pretraining on the demo competition, three seeds).
     * On the resnet, pretraining adds about +0.5 over joint training (README, "What pays"): the resnet recipe names it.
     */
    public static final String DEFAULT_PROPAGATION_TRAINING = "joint";

    /**
     * Whose embeddings the graph joins after each retraining round when not asked (its command-line name): every
     * round's network so far. On the resnet recipe's propagations (two rounds, 1,000 updates, seeds 1-3 of the demo
     * and the fresh competitions), joining the two rounds' networks added +0.46 points private on average over the
     * last one alone (README, "The resnet recipe").
     */
    public static final String DEFAULT_PROPAGATION_EMBEDDINGS = "rounds";

    public StrategyOptions {
        if (consistency == null) {
            consistency = ConsistencyOptions.defaults();
        }
        if (labelGraph == null) {
            labelGraph = LabelGraph.DEFAULTS;
        }
        if (propagationTraining == null) {
            propagationTraining = PropagationTraining.parse(DEFAULT_PROPAGATION_TRAINING);
        }
        if (propagationEmbedding == null) {
            propagationEmbedding = PropagationEmbedding.parse(DEFAULT_PROPAGATION_EMBEDDINGS);
        }
        if (studentWidth < 0 || studentWidth > 512) {
            throw new HarnessException("--student-width must be 0 (the teacher's) or 1..512, got " + studentWidth);
        }
        if (propagationRounds < 0 || propagationRounds > MAX_PROPAGATION_ROUNDS) {
            throw new HarnessException(
                    "--propagation-rounds must be 0.." + MAX_PROPAGATION_ROUNDS + ", got " + propagationRounds);
        }
    }

    /** With the default embeddings for the graphs after retraining. */
    public StrategyOptions(
            ConsistencyOptions consistency,
            int studentWidth,
            LabelGraph labelGraph,
            int propagationRounds,
            PropagationTraining propagationTraining) {
        this(consistency, studentWidth, labelGraph, propagationRounds, propagationTraining, null);
    }

    /** With the default way of retraining on propagated labels. */
    public StrategyOptions(
            ConsistencyOptions consistency, int studentWidth, LabelGraph labelGraph, int propagationRounds) {
        this(consistency, studentWidth, labelGraph, propagationRounds, null);
    }

    /** With the default label-propagation graph and retraining rounds. */
    public StrategyOptions(ConsistencyOptions consistency, int studentWidth) {
        this(consistency, studentWidth, null, DEFAULT_PROPAGATION_ROUNDS);
    }

    public static StrategyOptions defaults() {
        return new StrategyOptions(ConsistencyOptions.defaults(), 0);
    }
}
