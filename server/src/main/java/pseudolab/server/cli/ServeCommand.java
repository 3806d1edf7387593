package pseudolab.server.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pseudolab.server.ServerException;
import pseudolab.server.app.Limits;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;
import pseudolab.server.db.Database;

/** {@code pseudolab serve}: runs the competition server until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the competition server (SQLite database and stored files under --home; with --database,"
                + " several instances share one PostgreSQL database and one --home folder).")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(
            names = "--home",
            defaultValue = ".pseudolab",
            description = "database and stored files (default ${DEFAULT-VALUE})")
    Path home;

    @Option(
            names = "--database",
            paramLabel = "URL",
            description = "a shared PostgreSQL database, jdbc:postgresql://HOST:PORT/NAME?user=...&password=..."
                    + " (default: $PSEUDOLAB_DATABASE_URL, else SQLite under --home)")
    String database;

    @Option(
            names = "--admin-token",
            description = "host token (default: $PSEUDOLAB_ADMIN_TOKEN, else generated once and stored under home)")
    String adminToken;

    @Option(names = "--closed-registration", description = "only the host can register participants")
    boolean closedRegistration;

    @Option(
            names = "--max-upload-mb",
            defaultValue = "50",
            description = "largest submission in MB (default ${DEFAULT-VALUE})")
    long maxUploadMb;

    @Option(
            names = "--threads-per-address",
            defaultValue = "16",
            description =
                    "request threads one client address may hold at once; more wait without a thread (default ${DEFAULT-VALUE})")
    int threadsPerAddress;

    @Option(
            names = "--registrations-per-hour",
            defaultValue = "60",
            description = "self-registrations per client address per hour, then 429 (default ${DEFAULT-VALUE})")
    int registrationsPerHour;

    @Option(
            names = "--failed-tokens-per-hour",
            defaultValue = "60",
            description = "unknown bearer tokens per client address per hour, then 429 (default ${DEFAULT-VALUE})")
    int failedTokensPerHour;

    @Option(
            names = "--bootstrap-resamples",
            defaultValue = "1000",
            paramLabel = "N",
            description = "paired-bootstrap resamples behind gain intervals, rank ranges and the Ladder, computed once"
                    + " per board change; more is steadier and slower (1..100000, default ${DEFAULT-VALUE})")
    int bootstrapResamples;

    /** Runs the command in this JVM (used to start a server as a separate process). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        if (maxUploadMb < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-upload-mb must be at least 1, got " + maxUploadMb);
        }
        for (var limit : new Object[][] {
            {"--threads-per-address", threadsPerAddress},
            {"--registrations-per-hour", registrationsPerHour},
            {"--failed-tokens-per-hour", failedTokensPerHour}
        }) {
            if ((int) limit[1] < 1) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), limit[0] + " must be at least 1, got " + limit[1]);
            }
        }
        if (bootstrapResamples < 1 || bootstrapResamples > ServerConfig.MAX_BOOTSTRAP_RESAMPLES) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--bootstrap-resamples must be 1.." + ServerConfig.MAX_BOOTSTRAP_RESAMPLES + ", got "
                            + bootstrapResamples);
        }
        String databaseUrl = database != null ? database : System.getenv("PSEUDOLAB_DATABASE_URL");
        if (databaseUrl != null && databaseUrl.isBlank()) {
            databaseUrl = null;
        }
        if (databaseUrl != null && !databaseUrl.startsWith(Database.POSTGRESQL_PREFIX)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--database must be a " + Database.POSTGRESQL_PREFIX + "... URL, got '"
                            + Database.withoutParameters(databaseUrl) + "'");
        }
        requireFreePort(port);
        AdminToken.Resolved token = AdminToken.resolve(adminToken, System.getenv("PSEUDOLAB_ADMIN_TOKEN"), home);
        Limits limits = Limits.DEFAULTS
                .withThreadsPerAddress(threadsPerAddress)
                .withRegistrationsPerHour(registrationsPerHour)
                .withFailedTokensPerHour(failedTokensPerHour);
        ServerConfig config = new ServerConfig(
                home,
                token.token(),
                closedRegistration,
                maxUploadMb * 1024 * 1024,
                Clock.systemUTC(),
                limits,
                databaseUrl,
                bootstrapResamples);
        Javalin app = ServerApp.create(config).start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        if (token.generated()) {
            System.out.println("admin token (stored in " + home.resolve(AdminToken.FILE) + "): " + token.token());
        }
        System.out.println("pseudolab: serving on http://localhost:" + app.port() + "/ (home " + home.toAbsolutePath()
                + (databaseUrl == null ? "" : ", database " + Database.withoutParameters(databaseUrl)) + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Refuses a port another process listens on, in one line, before the server starts (Jetty would log a
     * stack trace); port 0 (any free port) always passes.
     */
    public static void requireFreePort(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new ServerException(
                    409,
                    "port " + port + " is in use (" + e.getMessage()
                            + "); choose another with --port (0 = any free port)");
        }
    }
}
