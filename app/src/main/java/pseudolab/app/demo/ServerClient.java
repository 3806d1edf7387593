package pseudolab.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import pseudolab.app.AppException;

/**
 * The JSON and text calls to a pseudolab server besides uploads (register, close, read results), made by the
 * demo and by the {@code submissions} and {@code leaderboard} commands.
 */
public final class ServerClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public ServerClient(String baseUrl) {
        this.base = baseUrl.replaceAll("/+$", "");
    }

    public String baseUrl() {
        return base;
    }

    /** Registers a participant (with the admin token, so closed registration does not matter); returns its token. */
    public String register(String name, String adminToken) {
        return send("POST", "/api/participants", adminToken, Map.of("name", name))
                .path("token")
                .asText();
    }

    /** Closes the competition now. */
    public void close(String slug, String adminToken) {
        send("POST", "/api/competitions/" + slug + "/close", adminToken, null);
    }

    /** GET of any API path, as JSON. */
    public JsonNode get(String path, String token) {
        return send("GET", path, token, null);
    }

    /** GET of any API path as text (such as {@code leaderboard.csv}); an error answer is an {@link AppException}. */
    public String text(String path, String token) {
        HttpResponse<String> response = exchange("GET", path, token, null);
        if (response.statusCode() >= 300) {
            throw refused("GET", path, response, parse(response.body()));
        }
        return response.body();
    }

    private JsonNode send(String method, String path, String token, Object body) {
        HttpResponse<String> response = exchange(method, path, token, body);
        JsonNode answer = parse(response.body());
        if (response.statusCode() >= 300) {
            throw refused(method, path, response, answer);
        }
        return answer;
    }

    private HttpResponse<String> exchange(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
            request.header("Content-Type", "application/json").method(method, publisher);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AppException("cannot reach " + base + path + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new AppException("'" + base + "' is not a server URL such as http://localhost:7070", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("interrupted while calling " + base + path, e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static AppException refused(String method, String path, HttpResponse<String> response, JsonNode answer) {
        return new AppException(method + " " + path + " answered " + response.statusCode() + ": "
                + answer.path("error").asText(response.body()));
    }
}
