package pseudolab.harness.strategy;

import java.util.List;
import java.util.Random;
import pseudolab.harness.learn.Model;
import pseudolab.harness.learn.Network;

/** A fold network made by the {@link Trainer}, with the identity and history its provenance record needs. */
public final class Trained {
    final String id;
    final int fold;
    final int round;
    final String stage;
    final Network network;
    final List<Integer> trainedOnFolds;
    final String initialWeights;
    final Random random;
    private Model predictor;
    boolean pseudolabels;
    long rows;
    int epochs;

    Trained(
            String id,
            int fold,
            int round,
            String stage,
            Network network,
            List<Integer> trainedOnFolds,
            Random random) {
        this.id = id;
        this.fold = fold;
        this.round = round;
        this.stage = stage;
        this.network = network;
        this.trainedOnFolds = List.copyOf(trainedOnFolds);
        this.initialWeights = network.fingerprint();
        this.predictor = network;
        this.random = random;
    }

    public String id() {
        return id;
    }

    public int fold() {
        return fold;
    }

    public Network network() {
        return network;
    }

    /** What predicts this model's rows: its network, unless a strategy put something on top (label propagation). */
    public Model predictor() {
        return predictor;
    }

    /** From now on {@code model} predicts for this fold (its network still trains and records as before). */
    void predictWith(Model model) {
        predictor = model;
    }
}
