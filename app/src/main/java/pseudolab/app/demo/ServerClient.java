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

/** The few JSON calls the demo makes to a pseudolab server besides uploads: register, close, read results. */
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
        return send("POST", "/api/participants", adminToken, Map.of("name", name)).path("token").asText();
    }

    /** Closes the competition now. */
    public void close(String slug, String adminToken) {
        send("POST", "/api/competitions/" + slug + "/close", adminToken, null);
    }

    /** GET of any API path, as JSON. */
    public JsonNode get(String path, String token) {
        return send("GET", path, token, null);
    }

    private JsonNode send(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
            request.header("Content-Type", "application/json").method(method, publisher);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
            if (response.statusCode() >= 300) {
                throw new AppException(method + " " + path + " answered " + response.statusCode() + ": "
                        + answer.path("error").asText(response.body()));
            }
            return answer;
        } catch (IOException e) {
            throw new AppException("cannot reach " + base + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("interrupted while calling " + base + path, e);
        }
    }
}
