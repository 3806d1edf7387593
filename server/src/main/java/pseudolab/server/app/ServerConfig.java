package pseudolab.server.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import pseudolab.scoring.bootstrap.PairedBootstrap;

/**
 * How to run the server: the home folder (stored files, and the SQLite database unless {@code database} names a
 * shared PostgreSQL one, {@code jdbc:postgresql://...}; null for SQLite), the admin token, whether
 * self-registration is closed, the largest accepted submission in bytes, the clock for deadlines and the
 * per-address limits, and the resamples of the paired bootstrap behind gain intervals, rank ranges and the Ladder.
 */
public record ServerConfig(
        Path home,
        String adminToken,
        boolean closedRegistration,
        long maxUploadBytes,
        Clock clock,
        Limits limits,
        String database,
        int bootstrapResamples) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    /** Beyond this a board change would take minutes. */
    public static final int MAX_BOOTSTRAP_RESAMPLES = 100_000;

    public ServerConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        if (adminToken == null || adminToken.length() < 8) {
            throw new IllegalArgumentException("the admin token must have at least 8 characters");
        }
        if (bootstrapResamples < 1 || bootstrapResamples > MAX_BOOTSTRAP_RESAMPLES) {
            throw new IllegalArgumentException(
                    "bootstrapResamples must be 1.." + MAX_BOOTSTRAP_RESAMPLES + ", not " + bootstrapResamples);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, not " + maxUploadBytes);
        }
    }

    /** A server on the SQLite database under {@code home}. */
    public ServerConfig(
            Path home, String adminToken, boolean closedRegistration, long maxUploadBytes, Clock clock, Limits limits) {
        this(
                home,
                adminToken,
                closedRegistration,
                maxUploadBytes,
                clock,
                limits,
                null,
                PairedBootstrap.DEFAULT_RESAMPLES);
    }

    /** Defaults: open registration, 50 MB uploads, the system UTC clock, {@link Limits#DEFAULTS}. */
    public static ServerConfig of(Path home, String adminToken) {
        return new ServerConfig(home, adminToken, false, DEFAULT_MAX_UPLOAD_BYTES, Clock.systemUTC(), Limits.DEFAULTS);
    }

    public ServerConfig withClosedRegistration(boolean closed) {
        return new ServerConfig(home, adminToken, closed, maxUploadBytes, clock, limits, database, bootstrapResamples);
    }

    public ServerConfig withMaxUploadBytes(long bytes) {
        return new ServerConfig(
                home, adminToken, closedRegistration, bytes, clock, limits, database, bootstrapResamples);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(
                home, adminToken, closedRegistration, maxUploadBytes, newClock, limits, database, bootstrapResamples);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(
                home, adminToken, closedRegistration, maxUploadBytes, clock, newLimits, database, bootstrapResamples);
    }

    /** The same server with {@code resamples} bootstrap resamples per board change. */
    public ServerConfig withBootstrapResamples(int resamples) {
        return new ServerConfig(
                home, adminToken, closedRegistration, maxUploadBytes, clock, limits, database, resamples);
    }

    /** The same server on a shared PostgreSQL database ({@code jdbc:postgresql://...}; null: SQLite under home). */
    public ServerConfig withDatabase(String url) {
        return new ServerConfig(
                home, adminToken, closedRegistration, maxUploadBytes, clock, limits, url, bootstrapResamples);
    }
}
