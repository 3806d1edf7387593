package pseudolab.harness.cli;

import picocli.CommandLine.Option;
import pseudolab.harness.strategy.LabelGraph;
import pseudolab.harness.strategy.PropagationEmbedding;
import pseudolab.harness.strategy.PropagationTraining;
import pseudolab.harness.strategy.StrategyOptions;

/** The picocli options of label-propagation (its graph and retraining), mixed into {@code run}, {@code report} and {@code demo}. */
public final class LabelGraphOptions {
    @Option(
            names = "--neighbours",
            defaultValue = "" + LabelGraph.DEFAULT_K,
            paramLabel = "K",
            description = "label-propagation: neighbours per row in the graph. Default: ${DEFAULT-VALUE}.")
    private int neighbours;

    @Option(
            names = "--propagation-alpha",
            defaultValue = "" + LabelGraph.DEFAULT_ALPHA,
            paramLabel = "A",
            description =
                    "label-propagation: how far labels spread, in [0, 1) (0 keeps the network's own). Default: ${DEFAULT-VALUE}.")
    private double propagationAlpha;

    @Option(
            names = "--propagation-rounds",
            defaultValue = "" + StrategyOptions.DEFAULT_PROPAGATION_ROUNDS,
            paramLabel = "R",
            description = {
                "label-propagation: times a fresh network trains on the labelled rows plus every test row with its",
                "propagated class, weighted by certainty (Iscen et al. 2019), and is propagated again; 0 = predict",
                "by propagation only. Default: ${DEFAULT-VALUE}."
            })
    private int propagationRounds;

    @Option(
            names = "--propagation-training",
            defaultValue = StrategyOptions.DEFAULT_PROPAGATION_TRAINING,
            paramLabel = "HOW",
            description = {
                "label-propagation: how each round's fresh network learns: joint (every step a labelled batch and a",
                "batch of propagated rows, as Iscen et al.) or pretraining (the propagated rows first, then the",
                "labelled rows at a quarter of the rate, as --strategy pretraining). Default: ${DEFAULT-VALUE}."
            })
    private String propagationTraining;

    @Option(
            names = "--propagation-embeddings",
            defaultValue = StrategyOptions.DEFAULT_PROPAGATION_EMBEDDINGS,
            paramLabel = "WHOSE",
            description = {
                "label-propagation: after each retraining round, the graph is built on the embeddings of every round's",
                "network so far, side by side (rounds), or of the latest one only (last). Default: ${DEFAULT-VALUE}."
            })
    private String propagationEmbeddings;

    /** Retraining rounds of label-propagation (checked by {@code StrategyOptions}). */
    public int propagationRounds() {
        return propagationRounds;
    }

    /** How the retraining rounds learn the propagated labels; a {@code HarnessException} names an unknown way. */
    public PropagationTraining propagationTraining() {
        return PropagationTraining.parse(propagationTraining);
    }

    /** Whose embeddings the graphs after retraining join; a {@code HarnessException} names an unknown choice. */
    public PropagationEmbedding propagationEmbedding() {
        return PropagationEmbedding.parse(propagationEmbeddings);
    }

    /** The default graph with these settings; a {@code HarnessException} names a value out of range. */
    public LabelGraph labelGraph() {
        return LabelGraph.DEFAULTS.withSpread(neighbours, propagationAlpha);
    }
}
