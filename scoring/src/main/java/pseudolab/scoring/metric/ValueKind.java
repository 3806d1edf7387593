package pseudolab.scoring.metric;

/** How a metric reads the cells of its scored columns. */
public enum ValueKind {
    /** Finite numbers, kept as doubles. */
    NUMBER,
    /** Class labels, kept as int codes of a {@link Labels} dictionary (numeric labels compare by value). */
    LABEL,
    /** Free text, kept as strings. */
    TEXT
}
