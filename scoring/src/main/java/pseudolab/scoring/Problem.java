package pseudolab.scoring;

/**
 * One thing wrong with a submission, addressed for a participant: the 1-based physical line (0 when the
 * problem concerns the whole file), the column it concerns (may be null) and a message that names the value.
 */
public record Problem(long line, String column, String message) {

    /** A problem about the file as a whole, not one line. */
    public static Problem ofFile(String message) {
        return new Problem(0, null, message);
    }

    /** Renders as {@code line 18: unknown id '999999'} or, for file-level problems, the bare message. */
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
