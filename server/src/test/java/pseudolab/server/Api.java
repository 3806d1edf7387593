package pseudolab.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The server's API as tests call it, over real HTTP, remembering every response body it saw. */
public final class Api {
    public static final String ADMIN = "admin-secret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final List<String> bodies = new ArrayList<>();

    public Api(HttpClient client) {
        this.client = client;
    }

    public String origin() {
        return client.getOrigin();
    }

    /** Every response body received so far (for leak checks). */
    public List<String> bodies() {
        return bodies;
    }

    public Response get(String path, String token) {
        return record(client.request(path, b -> auth(b.get(), token)));
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response postJson(String path, String json, String token) {
        return record(client.request(
                path,
                b -> auth(b.post(BodyPublishers.ofString(json)), token).header("Content-Type", "application/json")));
    }

    public Response post(String path, String token) {
        return record(client.request(path, b -> auth(b.post(BodyPublishers.noBody()), token)));
    }

    public Response put(String path, String body, String token) {
        return record(client.request(path, b -> auth(b.put(BodyPublishers.ofString(body)), token)));
    }

    public Response postMultipart(String path, MultipartBody body, String token) {
        return record(client.request(
                path,
                b -> auth(b.post(BodyPublishers.ofByteArray(body.bytes())), token)
                        .header("Content-Type", body.contentType())));
    }

    /** Posts raw bytes with the given Content-Type (for malformed bodies). */
    public Response postRaw(String path, String contentType, byte[] body, String token) {
        return record(client.request(
                path, b -> auth(b.post(BodyPublishers.ofByteArray(body)), token).header("Content-Type", contentType)));
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
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response record(Response r) {
        bodies.add(r.body().string());
        return r;
    }

    private static io.javalin.testtools.Request.Builder auth(io.javalin.testtools.Request.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }
}
