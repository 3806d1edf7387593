package pseudolab.server.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to run the server: the home folder (database and stored files), the admin token, whether
 * self-registration is closed, the largest accepted submission in bytes, the clock for deadlines and the
 * per-address limits.
 */
public record ServerConfig(Path home, String adminToken, boolean closedRegistration, long maxUploadBytes, Clock clock,
                           Limits limits) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        if (adminToken == null || adminToken.length() < 8) {
            throw new IllegalArgumentException("the admin token must have at least 8 characters");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, not " + maxUploadBytes);
        }
    }

    /** Defaults: open registration, 50 MB uploads, the system UTC clock, {@link Limits#DEFAULTS}. */
    public static ServerConfig of(Path home, String adminToken) {
        return new ServerConfig(home, adminToken, false, DEFAULT_MAX_UPLOAD_BYTES, Clock.systemUTC(), Limits.DEFAULTS);
    }

    public ServerConfig withClosedRegistration(boolean closed) {
        return new ServerConfig(home, adminToken, closed, maxUploadBytes, clock, limits);
    }

    public ServerConfig withMaxUploadBytes(long bytes) {
        return new ServerConfig(home, adminToken, closedRegistration, bytes, clock, limits);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(home, adminToken, closedRegistration, maxUploadBytes, newClock, limits);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(home, adminToken, closedRegistration, maxUploadBytes, clock, newLimits);
    }
}
