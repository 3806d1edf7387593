package pseudolab.harness.output;

import java.util.List;
import java.util.Map;
import pseudolab.harness.strategy.ConsistencyRecord;
import pseudolab.harness.strategy.ModelRecord;
import pseudolab.harness.strategy.PseudoLabelRecord;

/**
 * The record of one run, written as JSON beside its submission: strategy and every option, seed, SHA-256 of
 * the data files, data summary, per-fold and out-of-fold scores (real labelled rows only), every model with
 * the folds it trained on, every pseudolabelling step with its teachers, counts and accuracy (pseudo-target RMSE
 * for regression), consistency training's per-stretch share of confident rows and their accuracy, how often each
 * augmentation operation was drawn, timings, versions.
 */
public record Provenance(
        String runId,
        String competition,
        String createdAt,
        String strategy,
        Map<String, Object> options,
        long seed,
        Map<String, String> sha256,
        DataSummary data,
        String metric,
        List<FoldScore> folds,
        Double oofScore,
        List<ModelRecord> models,
        List<PseudoLabelRecord> pseudolabels,
        List<ConsistencyRecord> consistency,
        Map<String, Long> augmentationsDrawn,
        String stoppedEarly,
        Map<String, Double> timingsSeconds,
        Map<String, String> versions) {

    /**
     * Sizes of the data, the classes (none for regression) and how features were scaled; whether a solution was
     * read for pseudolabel accuracy; the task and, for regression, how the targets were standardised (else null).
     */
    public record DataSummary(
            int trainRows,
            int testRows,
            int features,
            List<String> classes,
            String scaling,
            boolean solutionReadForPseudolabelAccuracyOnly,
            String task,
            String targetScaling) {}

    /** One fold's held-out score (null with a single fold). */
    public record FoldScore(int fold, int validationRows, Double score) {}
}
