package pseudolab.harness.data;

/** The train rows' targets: class labels for a classification, numbers for a regression. */
public sealed interface Targets permits ClassTargets, NumericTargets {
    /** How many train rows the targets label. */
    int rows();

    /** The task these targets belong to. */
    Task task();
}
