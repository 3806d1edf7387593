package pseudolab.app.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import picocli.CommandLine.Option;
import pseudolab.app.AppException;

/** {@code --server URL} and {@code --token T}, falling back to {@code PSEUDOLAB_SERVER} and {@code PSEUDOLAB_TOKEN}. */
public final class ServerOptions {
    static final String DEFAULT_SERVER = "http://localhost:7070";

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "server URL (default: $PSEUDOLAB_SERVER, else " + DEFAULT_SERVER + ")")
    String server;

    @Option(names = "--token", paramLabel = "T", description = "your participant token (default: $PSEUDOLAB_TOKEN)")
    String token;

    /** The server URL: the flag, else the environment, else the local default; anything but http(s) is refused. */
    URI server(Map<String, String> env) {
        String chosen = server != null ? server : env.getOrDefault("PSEUDOLAB_SERVER", "");
        String url = chosen.isBlank() ? DEFAULT_SERVER : chosen.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the value
        }
        throw new AppException("--server '" + url + "' is not an http(s) URL such as " + DEFAULT_SERVER);
    }

    /** The token: the flag, else the environment; null when neither is given. */
    String token(Map<String, String> env) {
        String chosen = token != null ? token : env.get("PSEUDOLAB_TOKEN");
        return chosen == null || chosen.isBlank() ? null : chosen.strip();
    }

    /** The token, required: an error that says where to put it. */
    String requiredToken(Map<String, String> env) {
        String chosen = token(env);
        if (chosen == null) {
            throw new AppException("no token: pass --token T or set PSEUDOLAB_TOKEN (registering prints your token)");
        }
        return chosen;
    }
}
