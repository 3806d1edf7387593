package pseudolab.harness.strategy;

import java.util.List;

/**
 * Provenance of one pseudolabelling step: round (or epoch for simultaneous), the fold it fed, the teacher model
 * ids whose averaged test predictions produced it, rows kept, how many of them match the known truth (null
 * when no solution is available) and the loss weight each kept row got.
 */
public record PseudoLabelRecord(int round, int fold, List<String> teachers, int candidates, int kept,
                                Integer correct, Double accuracy, int newRows, double weight) {
    public PseudoLabelRecord {
        teachers = List.copyOf(teachers);
    }
}
