package pseudolab.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** The server's API as tests call it, over real HTTP, remembering every response body it saw. */
public final class Api {
    public static final String ADMIN = "admin-secret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String origin;
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

    /** The API of the server at {@code origin}, e.g. {@code http://127.0.0.1:7070}. */
    public Api(String origin) {
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }

    /** Every response body received so far (for leak checks). */
    public List<String> bodies() {
        return bodies;
    }

    public Response get(String path, String token) {
        return send(path, token, b -> b.GET());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response postJson(String path, String json, String token) {
        return send(path, token, b -> b.POST(BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public Response post(String path, String token) {
        return send(path, token, b -> b.POST(BodyPublishers.noBody()));
    }

    public Response put(String path, String body, String token) {
        return send(path, token, b -> b.PUT(BodyPublishers.ofString(body)));
    }

    public Response postMultipart(String path, MultipartBody body, String token) {
        return send(
                path,
                token,
                b -> b.POST(BodyPublishers.ofByteArray(body.bytes())).header("Content-Type", body.contentType()));
    }

    /** Posts raw bytes with the given Content-Type (for malformed bodies). */
    public Response postRaw(String path, String contentType, byte[] body, String token) {
        return send(path, token, b -> b.POST(BodyPublishers.ofByteArray(body)).header("Content-Type", contentType));
    }

    /** Registers a participant and returns the token. */
    public String register(String name) {
        Response r = postJson("/api/participants", "{\"name\": \"" + name + "\"}", null);
        if (r.code() != 201) {
            throw new AssertionError("registering " + name + " answered " + r.code() + ": "
                    + r.body().string());
        }
        return json(r).get("token").asText();
    }

    public Response createZoo(String slug, Instant deadline, int dailyLimit, int finalSelections) {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", Zoo.definition(slug, deadline, dailyLimit, finalSelections))
                .file("solution", "solution.csv", Zoo.solution())
                .file("train.csv", "train.csv", Zoo.train())
                .file("sample_submission.csv", "sample_submission.csv", Zoo.sampleSubmission());
        return postMultipart("/api/competitions", body, ADMIN);
    }

    public Response submit(String token, String slug, String csv, String description) {
        return submit(token, slug, csv, description, null);
    }

    /** Submits with the form field {@code strategy} (none when null). */
    public Response submit(String token, String slug, String csv, String description, String strategy) {
        MultipartBody body = new MultipartBody().file("file", "submission.csv", csv);
        if (description != null) {
            body.field("description", description);
        }
        if (strategy != null) {
            body.field("strategy", strategy);
        }
        return postMultipart("/api/competitions/" + slug + "/submissions", body, token);
    }

    /** The host's baseline: the admin token with baseline=true, filed under the registered participant named. */
    public Response submitBaseline(String slug, String csv, String description, String participant) {
        return submitBaseline(slug, csv, description, participant, null);
    }

    /** The host's baseline declaring a strategy (none when null). */
    public Response submitBaseline(String slug, String csv, String description, String participant, String strategy) {
        MultipartBody body = new MultipartBody()
                .file("file", "submission.csv", csv)
                .field("description", description)
                .field("baseline", "true")
                .field("participant", participant);
        if (strategy != null) {
            body.field("strategy", strategy);
        }
        return postMultipart("/api/competitions/" + slug + "/submissions", body, ADMIN);
    }

    /** Submits and returns the new submission's id, failing unless the answer is 201. */
    public long submitOk(String token, String slug, String csv, String description) {
        return submitOk(token, slug, csv, description, null);
    }

    /** Submits declaring a strategy and returns the new submission's id, failing unless the answer is 201. */
    public long submitOk(String token, String slug, String csv, String description, String strategy) {
        Response r = submit(token, slug, csv, description, strategy);
        if (r.code() != 201) {
            throw new AssertionError(
                    "submission answered " + r.code() + ": " + r.body().string());
        }
        return json(r).get("id").asLong();
    }

    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one request (with the bearer token unless null), remembers its body and answers it. */
    private Response send(String path, String token, UnaryOperator<HttpRequest.Builder> method) {
        HttpRequest.Builder b = method.apply(HttpRequest.newBuilder(URI.create(origin + path)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            bodies.add(r.body());
            return new Response(r.statusCode(), new Response.Body(r.body()), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + path, e);
        }
    }
}
