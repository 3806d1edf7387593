package pseudolab.scoring;

/** Which leaderboard a solution row counts for: Public, Private, or neither (Ignored, yet required). */
public enum Usage {
    PUBLIC("Public"),
    PRIVATE("Private"),
    IGNORED("Ignored");

    private final String label;
    private final char[] chars;

    Usage(String label) {
        this.label = label;
        this.chars = label.toCharArray();
    }

    /** The spelling in solution files. */
    public String label() {
        return label;
    }

    /** The usage spelled in the chars (any case, surrounding spaces ignored), or null; exact spellings are fast. */
    public static Usage parse(char[] buf, int offset, int len) {
        for (Usage u : values()) {
            if (len == u.chars.length && java.util.Arrays.equals(buf, offset, offset + len, u.chars, 0, len)) {
                return u;
            }
        }
        return parse(new String(buf, offset, len));
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
