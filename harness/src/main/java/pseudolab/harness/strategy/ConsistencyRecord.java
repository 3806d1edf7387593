package pseudolab.harness.strategy;

/**
 * Provenance of a stretch of consistency training on one fold: the steps it covers, the unlabelled rows whose
 * weak-view prediction was looked at, the share of them above the threshold (they became targets), how many of
 * those matched the known truth (null without a solution) and the learning rate at its end.
 */
public record ConsistencyRecord(
        int fold,
        int fromStep,
        int toStep,
        int unlabelledSeen,
        double shareAboveThreshold,
        Double pseudolabelAccuracy,
        double learningRate) {}
