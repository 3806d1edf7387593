package pseudolab.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;

/** Runs the real app (real SQLite file in a temp folder, or a real PostgreSQL database; real HTTP) for one test. */
public final class TestServer {
    /** A body of test code that talks to the server through {@link Api}. */
    @FunctionalInterface
    public interface Body {
        void run(Api api) throws Exception;
    }

    public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    private TestServer() {}

    /** A config on the database this run selects (see {@link TestDatabases}). */
    public static ServerConfig config(Path home, MutableClock clock) {
        return TestDatabases.select(ServerConfig.of(home, Api.ADMIN).withClock(clock));
    }

    public static void run(ServerConfig config, Body body) {
        run(ServerApp.create(config), body);
    }

    /** Starts {@code app} on a free port, runs {@code body} against it over real HTTP, and stops it. */
    public static void run(Javalin app, Body body) {
        app.start("127.0.0.1", 0);
        try {
            body.run(new Api("http://127.0.0.1:" + app.port()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the test body failed", e);
        } finally {
            app.stop();
        }
    }
}
