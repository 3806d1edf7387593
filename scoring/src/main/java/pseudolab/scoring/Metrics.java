package pseudolab.scoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import pseudolab.scoring.metric.Accuracy;
import pseudolab.scoring.metric.Auc;
import pseudolab.scoring.metric.Jaccard;
import pseudolab.scoring.metric.LogLoss;
import pseudolab.scoring.metric.MacroF1;
import pseudolab.scoring.metric.Mae;
import pseudolab.scoring.metric.MeanColumnwiseLogLoss;
import pseudolab.scoring.metric.ObjectDetectionMap;
import pseudolab.scoring.metric.QuadraticWeightedKappa;
import pseudolab.scoring.metric.RleMaskIouMap;
import pseudolab.scoring.metric.Rmse;
import pseudolab.scoring.metric.WeightedNae;

/** The registry of metrics by name (accuracy, logloss, auc, rmse, mae, macro_f1, object_detection_map, ...). */
public final class Metrics {
    private static final Map<String, Function<Map<String, String>, Metric>> FACTORIES = Map.ofEntries(
            Map.entry(Accuracy.NAME, Accuracy::of),
            Map.entry(LogLoss.NAME, LogLoss::of),
            Map.entry(Auc.NAME, Auc::of),
            Map.entry(Rmse.NAME, Rmse::of),
            Map.entry(Mae.NAME, Mae::of),
            Map.entry(MacroF1.NAME, MacroF1::of),
            Map.entry(QuadraticWeightedKappa.NAME, QuadraticWeightedKappa::of),
            Map.entry(Rmse.MCRMSE, Rmse::mcrmse),
            Map.entry(MeanColumnwiseLogLoss.NAME, MeanColumnwiseLogLoss::of),
            Map.entry(Jaccard.NAME, Jaccard::of),
            Map.entry(ObjectDetectionMap.NAME, ObjectDetectionMap::of),
            Map.entry(RleMaskIouMap.NAME, RleMaskIouMap::of),
            Map.entry(WeightedNae.NAME, WeightedNae::of));

    private Metrics() {}

    /** The known metric names, sorted. */
    public static List<String> names() {
        return List.copyOf(new TreeMap<>(FACTORIES).keySet());
    }

    /** The metric called {@code name} with its parameters (e.g. {@code columns=a,b}); unknown names throw. */
    public static Metric create(String name, Map<String, String> params) {
        Function<Map<String, String>, Metric> factory = FACTORIES.get(name);
        if (factory == null) {
            throw new ScoringException("unknown metric '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return factory.apply(params == null ? Map.of() : params);
    }

    /** The metric with default parameters. */
    public static Metric create(String name) {
        return create(name, Map.of());
    }
}
