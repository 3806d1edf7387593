package pseudolab.harness.strategy;

import java.util.List;
import pseudolab.harness.CliNames;
import pseudolab.harness.learn.Network;

/**
 * Whose embedding {@code label-propagation}'s graph is built on after each retraining round
 * ({@code --propagation-embeddings}): the latest round's network, or those of every round so far joined.
 */
public enum PropagationEmbedding {
    /** The latest round's network alone. */
    LAST,
    /**
     * Every retraining round's network so far, each row's unit-length embeddings side by side, so the graph's
     * similarity is the mean of the networks' cosines: an ensemble of the rounds at no training cost (not the first
     * network, {@code none}'s own, which adds less).
     */
    ROUNDS;

    /** The networks whose embeddings make the graph, given a fold's retrained networks in round order. */
    List<Network> of(List<Network> retrained) {
        return this == LAST ? List.of(retrained.get(retrained.size() - 1)) : List.copyOf(retrained);
    }

    /** The command-line name. */
    public String cliName() {
        return CliNames.of(this);
    }

    /** {@code last} or {@code rounds}. */
    public static PropagationEmbedding parse(String text) {
        return CliNames.parse(PropagationEmbedding.class, "--propagation-embeddings", text);
    }
}
