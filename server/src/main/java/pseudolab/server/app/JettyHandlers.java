package pseudolab.server.app;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * The Jetty handlers in front of Javalin. They keep slow clients from taking the request threads: a body (up to
 * {@link Limits#eagerBodyBytes()}) is read asynchronously before a thread handles the request, and one client
 * address gets at most {@link Limits#threadsPerAddress()} threads at once (its other requests wait without a
 * thread). Then {@link SecurityHeaders} on every answer.
 */
final class JettyHandlers {
    private JettyHandlers() {}

    static void install(JavalinConfig cfg, Limits limits) {
        cfg.jetty.modifyServer(server -> {
            ThreadLimitHandler perAddress = new ThreadLimitHandler();
            perAddress.setThreadLimit(limits.threadsPerAddress());
            EagerContentHandler eager = new EagerContentHandler(
                    new EagerContentHandler.RetainedContentLoaderFactory(limits.eagerBodyBytes(), 0, false));
            SecurityHeaders headers = new SecurityHeaders();
            perAddress.setHandler(eager);
            eager.setHandler(headers);
            server.setHandler(perAddress); // Javalin attaches its servlet context inside the innermost wrapper
        });
        cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(limits.idleTimeoutSeconds() * 1000L));
    }
}
