package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pseudolab.harness.HarnessException;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Network;

/**
 * {@code label-propagation}: each fold network, trained on its labelled rows as {@code none} does, predicts the
 * test rows through label propagation on its own embedding (Iscen et al. 2019): the unlabelled rows and the labelled
 * ones form a k-nearest-neighbour graph and the labels spread along it, so the test set's own clusters correct the
 * network. The first networks are {@code none}'s own (same seeds, same updates); the graph costs seconds. With
 * {@code --flip} an image and its mirror share one point of the graph
 * ({@link pseudolab.harness.learn.Network#graphEmbedding}). Then the retraining follows,
 * {@code --propagation-rounds R} times ({@link StrategyOptions#DEFAULT_PROPAGATION_ROUNDS} by default; 0 =
 * propagate only): a fresh network per fold learns its labelled rows and every test row with its propagated class
 * weighted by certainty ({@link ClassPseudolabeller#certaintyWeighted}), in the way {@link PropagationTraining} names
 * ({@code --propagation-training}: both streams in every step as Iscen et al., or the propagated rows first and the
 * labels after as {@code pretraining}), and predicts through propagation in turn, by default over the embeddings of
 * every retraining round's network so far ({@link PropagationEmbedding}). Classification only.
 */
public final class LabelPropagation implements Strategy {
    public static final StrategyInfo INFO = new StrategyInfo(
            "label-propagation",
            "spread labels on a kNN graph of the embedding, retrain on them",
            Selection.defaults(),
            true,
            o -> new LabelPropagation(
                    o.labelGraph(), o.propagationRounds(), o.propagationTraining(), o.propagationEmbedding()));

    private final LabelGraph graph;
    private final int propagationRounds;
    private final PropagationTraining propagationTraining;
    private final PropagationEmbedding propagationEmbedding;

    public LabelPropagation(
            LabelGraph graph,
            int propagationRounds,
            PropagationTraining propagationTraining,
            PropagationEmbedding propagationEmbedding) {
        this.graph = graph;
        this.propagationRounds = propagationRounds;
        this.propagationTraining = propagationTraining;
        this.propagationEmbedding = propagationEmbedding;
    }

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return " k=" + graph.k() + " alpha=" + graph.alpha() + " gamma=" + graph.gamma()
                + (propagationRounds > 0
                        ? " propagation-rounds=" + propagationRounds + " propagation-training="
                                + propagationTraining.cliName() + " propagation-embeddings="
                                + propagationEmbedding.cliName()
                        : "");
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        return Map.of(
                "neighbours", graph.k(),
                "alpha", graph.alpha(),
                "gamma", graph.gamma(),
                "propagationSteps", graph.steps(),
                "mirroredViews", learner.augmentation().flip(),
                "propagationRounds", propagationRounds,
                "propagationTraining", propagationTraining.cliName(),
                "propagationEmbeddings", propagationEmbedding.cliName());
    }

    @Override
    public List<Trained> run(Workbench bench) {
        if (bench.regression()) {
            throw new HarnessException(
                    "--strategy label-propagation spreads class labels; a regression needs another strategy"
                            + " (self-training, pretraining, simultaneous or noisy-student)");
        }
        List<Trained> models = NoPseudolabels.baseModels(bench);
        for (Trained t : models) {
            t.predictWith(new PropagatedLabels(t.network(), bench.labelled(t.fold()), graph));
        }
        ClassPseudolabeller labeller = (ClassPseudolabeller) bench.pseudolabeller();
        Trainer trainer = bench.trainer();
        List<List<Network>> retrained = new ArrayList<>();
        for (int f = 0; f < bench.folds(); f++) {
            retrained.add(new ArrayList<>());
        }
        for (int round = 1; round <= propagationRounds; round++) {
            TestPredictions teachers = labeller.predictTest(models);
            List<Trained> next = new ArrayList<>();
            for (int f = 0; f < bench.folds(); f++) {
                PseudoLabels pl = labeller.certaintyWeighted(round, f, teachers);
                Trained t = trainer.fresh(f, round, "propagation");
                propagationTraining.train(
                        trainer, t, bench.labelled(f), pl.set(), NoPseudolabels.label(bench, round, f));
                next.add(t);
                retrained.get(f).add(t.network());
                t.predictWith(
                        new PropagatedLabels(propagationEmbedding.of(retrained.get(f)), bench.labelled(f), graph));
            }
            models = next;
        }
        return models;
    }
}
