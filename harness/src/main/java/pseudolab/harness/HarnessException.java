package pseudolab.harness;

/** The one unchecked root of every error the harness reports to its users. */
public class HarnessException extends RuntimeException {
    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
