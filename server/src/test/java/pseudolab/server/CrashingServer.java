package pseudolab.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import pseudolab.server.app.Pauses;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;

/**
 * A server (run as its own JVM by tests) that dies like kill -9 at a racy point: {@code --home DIR
 * --halt-at after-files-published|after-scoring}. It prints the same ready line as {@code serve}.
 */
public final class CrashingServer {
    private CrashingServer() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[1]);
        Runnable halt = () -> Runtime.getRuntime().halt(137);
        Pauses pauses = switch (args[3]) {
            case "after-files-published" -> Pauses.NONE.withAfterFilesPublished(halt);
            case "after-scoring" -> Pauses.NONE.withAfterScoring(halt);
            default -> throw new IllegalArgumentException("unknown point " + args[3]);
        };
        Javalin app = ServerApp.create(ServerConfig.of(home, Api.ADMIN), pauses).start(0);
        System.out.println("pseudolab: serving on http://localhost:" + app.port() + "/ (home " + home + ")");
        System.out.flush();
    }
}
