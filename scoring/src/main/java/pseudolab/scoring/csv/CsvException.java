package pseudolab.scoring.csv;

import pseudolab.scoring.ScoringException;

/** A file could not be read as CSV text; {@link #line()} is the 1-based physical line, 0 for the whole file. */
public final class CsvException extends ScoringException {
    private final long line;
    private final String reason;

    public CsvException(long line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    /** The message without the line prefix. */
    public String reason() {
        return reason;
    }
}
