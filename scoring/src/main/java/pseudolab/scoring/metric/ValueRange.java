package pseudolab.scoring.metric;

/** The predicted numbers a metric accepts, checked with the line of each offending value. */
public enum ValueRange {
    ANY("any finite number"),
    NON_NEGATIVE("at least 0"),
    PROBABILITY("between 0 and 1");

    private final String description;

    ValueRange(String description) {
        this.description = description;
    }

    public boolean contains(double v) {
        return switch (this) {
            case ANY -> true;
            case NON_NEGATIVE -> v >= 0;
            case PROBABILITY -> v >= 0 && v <= 1;
        };
    }

    /** For messages: "must be between 0 and 1". */
    public String description() {
        return description;
    }
}
