package pseudolab.harness.strategy;

import java.util.List;
import java.util.Map;
import pseudolab.harness.HarnessException;
import pseudolab.harness.learn.LearnerOptions;

/**
 * {@code label-propagation}: each fold network, trained on its labelled rows as {@code none} does, predicts the
 * test rows through label propagation on its own embedding (Iscen et al. 2019): the unlabelled rows and the labelled
 * ones form a k-nearest-neighbour graph and the labels spread along it, so the test set's own clusters correct the
 * network. Same networks and update budget as {@code none}; the graph costs seconds. With {@code --flip} an image
 * and its mirror share one point of the graph ({@link pseudolab.harness.learn.Network#graphEmbedding}). Classification
 * only.
 */
public final class LabelPropagation implements Strategy {
    public static final StrategyInfo INFO = new StrategyInfo(
            "label-propagation",
            "spread the labels over a kNN graph of the networks' embedding",
            Selection.defaults(),
            true,
            o -> new LabelPropagation(o.labelGraph()));

    private final LabelGraph graph;

    public LabelPropagation(LabelGraph graph) {
        this.graph = graph;
    }

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return " k=" + graph.k() + " alpha=" + graph.alpha() + " gamma=" + graph.gamma();
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        return Map.of(
                "neighbours", graph.k(),
                "alpha", graph.alpha(),
                "gamma", graph.gamma(),
                "propagationSteps", graph.steps(),
                "mirroredViews", learner.augmentation().flip());
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
        return models;
    }
}
