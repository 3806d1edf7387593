package pseudolab.harness.strategy;

import java.util.List;

/**
 * Provenance of one pseudolabelling step: round (or epoch for simultaneous), the fold it fed, the teacher model
 * ids whose averaged test predictions produced it, rows kept, how many of them match the known truth (null
 * when no solution is available, and for regression), the loss weight each kept row got and, for regression
 * with a known truth, the RMSE of the pseudo-targets against it in the target's units (null otherwise).
 */
public record PseudoLabelRecord(
        int round,
        int fold,
        List<String> teachers,
        int candidates,
        int kept,
        Integer correct,
        Double accuracy,
        int newRows,
        double weight,
        Double pseudoTargetRmse) {
    public PseudoLabelRecord {
        teachers = List.copyOf(teachers);
    }
}
