package pseudolab.server;

/** The one unchecked root of the server's errors; carries the HTTP status it maps to. */
public class ServerException extends RuntimeException {
    private final int status;

    public ServerException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
