package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's record for the provenance: every model (in the order it was made), every pseudolabelling step, every
 * stretch of consistency training, the augmentations each model drew and why a strategy stopped early.
 */
public final class RunRecord {
    private final Map<String, ModelRecord> models = new LinkedHashMap<>();
    private final List<PseudoLabelRecord> pseudolabels = new ArrayList<>();
    private final List<ConsistencyRecord> consistency = new ArrayList<>();
    private final Map<String, Map<String, Long>> drawnByModel = new LinkedHashMap<>();
    private String stopReason;

    /** Adds or updates {@code t}'s model record (rows, epochs, current weights) and the augmentations it drew. */
    public void model(Trained t) {
        drawnByModel.put(t.id, t.network.augmentationsDrawn());
        models.put(
                t.id,
                new ModelRecord(
                        t.id,
                        t.fold,
                        t.round,
                        t.stage,
                        t.trainedOnFolds,
                        t.pseudolabels,
                        t.initialWeights,
                        t.network.fingerprint(),
                        t.rows,
                        t.epochs));
    }

    /** Records a pseudolabelling step. */
    public void pseudolabels(PseudoLabelRecord step) {
        pseudolabels.add(step);
    }

    /** Records a stretch of online pseudolabelling (consistency training). */
    public void consistency(ConsistencyRecord stretch) {
        consistency.add(stretch);
    }

    /** Notes why a strategy stopped before its last round. */
    public void stoppedEarly(String reason) {
        this.stopReason = reason;
    }

    public List<ModelRecord> models() {
        return List.copyOf(models.values());
    }

    public List<PseudoLabelRecord> pseudolabelRecords() {
        return List.copyOf(pseudolabels);
    }

    /** The latest pseudolabelling step (null before the first). */
    public PseudoLabelRecord lastPseudolabelRecord() {
        return pseudolabels.isEmpty() ? null : pseudolabels.get(pseudolabels.size() - 1);
    }

    public List<ConsistencyRecord> consistencyRecords() {
        return List.copyOf(consistency);
    }

    /** How often each augmentation operation was drawn, summed over every model of the run. */
    public Map<String, Long> augmentationsDrawn() {
        Map<String, Long> sum = new TreeMap<>();
        for (Map<String, Long> drawn : drawnByModel.values()) {
            drawn.forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        return sum;
    }

    /** Why a strategy stopped before its last round, or null. */
    public String stopReason() {
        return stopReason;
    }
}
