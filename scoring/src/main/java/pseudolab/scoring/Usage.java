package pseudolab.scoring;

/** Which leaderboard a solution row counts for: Public, Private, or neither (Ignored, yet required). */
public enum Usage {
    PUBLIC("Public"),
    PRIVATE("Private"),
    IGNORED("Ignored");

    private final String label;

    Usage(String label) {
        this.label = label;
    }

    /** The spelling in solution files. */
    public String label() {
        return label;
    }

    /** The usage spelled {@code text} (any case, surrounding spaces ignored), or null when it is none. */
    public static Usage parse(String text) {
        String t = text.trim();
        for (Usage u : values()) {
            if (u.label.equalsIgnoreCase(t)) {
                return u;
            }
        }
        return null;
    }
}
