package pseudolab.app;

/** The one unchecked root of the errors the app-level commands (datasets, demo, report) report. */
public class AppException extends RuntimeException {
    public AppException(String message) {
        super(message);
    }

    public AppException(String message, Throwable cause) {
        super(message, cause);
    }
}
