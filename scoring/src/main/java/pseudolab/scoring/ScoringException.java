package pseudolab.scoring;

/** The one unchecked root of every error the scoring module reports. */
public class ScoringException extends RuntimeException {
    public ScoringException(String message) {
        super(message);
    }

    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
