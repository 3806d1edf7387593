package pseudolab.harness.strategy;

import java.util.List;

/**
 * Provenance of one trained network: its id, fold, round and stage, the folds whose real rows it trained on,
 * whether it trained on pseudolabels, fingerprints of its initial and final weights, rows and epochs.
 */
public record ModelRecord(
        String id,
        int fold,
        int round,
        String stage,
        List<Integer> trainedOnFolds,
        boolean trainedOnPseudolabels,
        String initialWeights,
        String finalWeights,
        long rows,
        int epochs) {
    public ModelRecord {
        trainedOnFolds = List.copyOf(trainedOnFolds);
    }
}
