package pseudolab.server.ratelimit;

import pseudolab.server.ServerException;

/** A 429 that tells the client when to try again (the Retry-After header, in whole seconds). */
public final class TooManyRequests extends ServerException {
    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(429, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
