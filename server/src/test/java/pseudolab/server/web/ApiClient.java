package pseudolab.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The JSON API over real HTTP, as the harness or a host's script would call it. */
final class ApiClient {
    /** One multipart part: a form field when {@code filename} is null, otherwise a file. */
    record Part(String name, String filename, byte[] content) {
        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String name, String filename, String content) {
            return new Part(name, filename, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode createCompetition(String adminToken, List<Part> parts) {
        return send(multipart("/api/competitions", adminToken, parts), 201);
    }

    String register(String name) {
        JsonNode body = send(
                HttpRequest.newBuilder(uri("/api/participants"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.createObjectNode().put("name", name).toString())),
                201);
        return body.get("token").asText();
    }

    JsonNode submit(String slug, String token, String csv, String description) {
        return send(
                multipart(
                        "/api/competitions/" + slug + "/submissions",
                        token,
                        List.of(Part.file("file", "submission.csv", csv), Part.field("description", description))),
                201);
    }

    /** Submits declaring the strategy that made the file (the form field {@code strategy}). */
    JsonNode submit(String slug, String token, String csv, String description, String strategy) {
        return send(
                multipart(
                        "/api/competitions/" + slug + "/submissions",
                        token,
                        List.of(
                                Part.file("file", "submission.csv", csv),
                                Part.field("description", description),
                                Part.field("strategy", strategy))),
                201);
    }

    /** The host's baseline: the admin token, baseline=true, filed under the named registered participant. */
    JsonNode submitBaseline(
            String slug, String adminToken, String participant, String csv, String description, String strategy) {
        return send(
                multipart(
                        "/api/competitions/" + slug + "/submissions",
                        adminToken,
                        List.of(
                                Part.file("file", "submission.csv", csv),
                                Part.field("description", description),
                                Part.field("baseline", "true"),
                                Part.field("participant", participant),
                                Part.field("strategy", strategy))),
                201);
    }

    JsonNode close(String slug, String adminToken) {
        return send(
                HttpRequest.newBuilder(uri("/api/competitions/" + slug + "/close"))
                        .header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.noBody()),
                200);
    }

    /** A GET of the JSON API without a token. */
    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    private HttpRequest.Builder multipart(String path, String token, List<Part> parts) {
        String boundary = "----pseudolab" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append("\"\r\nContent-Type: text/csv");
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(
                        request.build().method() + " " + request.build().uri() + " answered " + response.statusCode()
                                + ", expected " + expectedStatus + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
