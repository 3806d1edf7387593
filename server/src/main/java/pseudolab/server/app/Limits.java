package pseudolab.server.app;

/**
 * What one client address may use: request threads at once, body bytes read without a thread, registrations per
 * hour and failed token attempts per hour (429 with Retry-After beyond them), and the connection idle timeout.
 */
public record Limits(
        int threadsPerAddress,
        int eagerBodyBytes,
        int registrationsPerHour,
        int failedTokensPerHour,
        int idleTimeoutSeconds) {
    /** The defaults of {@code serve}. */
    public static final Limits DEFAULTS = new Limits(16, 256 * 1024, 60, 60, 30);

    public Limits {
        positive("threadsPerAddress", threadsPerAddress);
        positive("eagerBodyBytes", eagerBodyBytes);
        positive("registrationsPerHour", registrationsPerHour);
        positive("failedTokensPerHour", failedTokensPerHour);
        positive("idleTimeoutSeconds", idleTimeoutSeconds);
    }

    public Limits withRegistrationsPerHour(int perHour) {
        return new Limits(threadsPerAddress, eagerBodyBytes, perHour, failedTokensPerHour, idleTimeoutSeconds);
    }

    public Limits withFailedTokensPerHour(int perHour) {
        return new Limits(threadsPerAddress, eagerBodyBytes, registrationsPerHour, perHour, idleTimeoutSeconds);
    }

    public Limits withThreadsPerAddress(int threads) {
        return new Limits(threads, eagerBodyBytes, registrationsPerHour, failedTokensPerHour, idleTimeoutSeconds);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
