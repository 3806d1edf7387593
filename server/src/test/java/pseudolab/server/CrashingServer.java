package pseudolab.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import pseudolab.server.app.Pauses;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;

/**
 * A server (run as its own JVM by tests) that dies like kill -9 at a racy point: {@code --home DIR
 * --halt-at after-files-published|after-scoring}, or stops there until it is killed: {@code --pause-at
 * while-storing:N} (the Nth submission waits inside its storing transaction and prints {@value #PAUSED}).
 * {@code --database URL} puts it on a shared PostgreSQL. It prints the same ready line as {@code serve}.
 */
public final class CrashingServer {
    /** What the server prints when a submission has reached its pause. */
    public static final String PAUSED = "pseudolab: paused while storing";

    private CrashingServer() {}

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path home = Path.of(options.get("--home"));
        Pauses pauses = options.containsKey("--halt-at")
                ? halting(options.get("--halt-at"))
                : pausing(options.get("--pause-at"));
        ServerConfig config = ServerConfig.of(home, Api.ADMIN).withDatabase(options.get("--database"));
        Javalin app = ServerApp.create(config, pauses).start(0);
        System.out.println("pseudolab: serving on http://localhost:" + app.port() + "/ (home " + home + ")");
        System.out.flush();
    }

    private static Pauses halting(String point) {
        Runnable halt = () -> Runtime.getRuntime().halt(137);
        return switch (point) {
            case "after-files-published" -> Pauses.NONE.withAfterFilesPublished(halt);
            case "after-scoring" -> Pauses.NONE.withAfterScoring(halt);
            default -> throw new IllegalArgumentException("unknown point " + point);
        };
    }

    private static Pauses pausing(String point) {
        String[] parts = point.split(":");
        if (!parts[0].equals("while-storing")) {
            throw new IllegalArgumentException("unknown point " + point);
        }
        int nth = Integer.parseInt(parts[1]);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        return Pauses.NONE.withWhileStoring(() -> {
            if (calls.incrementAndGet() == nth) {
                System.out.println(PAUSED);
                System.out.flush();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
