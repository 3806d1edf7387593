package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.cli.ServeCommand;

/**
 * Two server instances, each in its own JVM, on one real PostgreSQL database and one shared home folder: the
 * guarantees of a single server hold across them. The first three tests share one pair of instances (each test
 * its own competition and participants); the kill test starts its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ServerProcess> started = new ArrayList<>();
    private String a;
    private String b;

    @BeforeAll
    void twoInstances(@TempDir Path home) throws Exception {
        String database = TestDatabases.newPostgresql();
        a = serve(home, database);
        b = serve(home, database);
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        for (ServerProcess p : started) {
            p.close();
        }
    }

    @Test
    void fortyConcurrentSubmissionsSplitAcrossBothInstancesAgainstALimitOfThreeAcceptExactlyThree() throws Exception {
        String slug = "limit";
        create(a, slug, 3, 1);
        String ada = register(b, "ada");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String origin = i % 2 == 0 ? a : b;
            int n = i;
            answers.add(pool.submit(() -> {
                go.await();
                return submit(origin, slug, ada, Zoo.submission(n % 9, 3), "attempt " + n)
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : answers) {
            codes.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Map<Integer, Long> counts =
                codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(201, 3L, 429, 37L));
        assertThat(JSON.readTree(
                        get(a, "/api/competitions/limit/submissions", ada).body()))
                .hasSize(3);
        assertThat(JSON.readTree(
                        get(b, "/api/competitions/limit/submissions", ada).body()))
                .hasSize(3);
    }

    @Test
    void theSameSlugCreatedOnBothInstancesAtOnceIsCreatedOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String origin : List.of(a, b)) {
            answers.add(pool.submit(() -> {
                go.await();
                return createResponse(origin, "once", 5, 1);
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            codes.add(f.get(60, TimeUnit.SECONDS).statusCode());
        }
        pool.shutdown();
        assertThat(codes).containsExactlyInAnyOrder(201, 409);
        assertThat(get(a, "/api/competitions/once", null).body())
                .isEqualTo(get(b, "/api/competitions/once", null).body());
    }

    @Test
    void theBoardReadFromEitherInstanceIsIdenticalAfterEachChange() throws Exception {
        String z = "boards";
        create(a, z, 10, 1);
        String cy = register(a, "cy");
        String di = register(b, "di");
        List<String> seen = new ArrayList<>(List.of(boards(z)));
        long first = id(submitAs(a, z, cy, Zoo.submission(3, 3), "none"));
        seen.add(boards(z));
        id(submitAs(b, z, di, Zoo.submission(5, 2), "self-training"));
        seen.add(boards(z));
        id(submitAs(b, z, cy, Zoo.submission(7, 1), "pretraining"));
        seen.add(boards(z));
        assertThat(put(a, "/api/competitions/" + z + "/submissions/" + first + "/selected", "true", cy)
                        .statusCode())
                .isEqualTo(200);
        boards(z);
        assertThat(post(b, "/api/competitions/" + z + "/close", Api.ADMIN).statusCode())
                .isEqualTo(200);
        seen.add(boards(z));

        assertThat(seen).doesNotHaveDuplicates(); // every change showed on both
        assertThat(JSON.readTree(get(b, "/api/competitions/" + z + "/comparison", Api.ADMIN)
                                .body())
                        .get("rows"))
                .as("one comparison row per declared strategy")
                .hasSize(3);
        assertThat(get(b, "/api/competitions/" + z + "/leaderboard?board=private", null)
                        .body())
                .contains("cy", "di");
    }

    @Test
    void aCloseOnOneInstanceIsFinalOnTheOther() throws Exception {
        String z = "/api/competitions/closing";
        create(a, "closing", 10, 1);
        String ed = register(a, "ed");
        long id = id(submit(b, "closing", ed, Zoo.submission(4, 4), "none"));
        assertThat(get(b, z, null).body()).contains("\"closed\":false");

        assertThat(post(a, z + "/close", Api.ADMIN).statusCode()).isEqualTo(200);

        assertThat(get(b, z, null).body()).contains("\"closed\":true");
        assertThat(submit(b, "closing", ed, Zoo.submission(8, 7), "late").statusCode())
                .isEqualTo(409);
        assertThat(put(b, z + "/submissions/" + id + "/selected", "false", ed).statusCode())
                .isEqualTo(409);
        assertThat(get(b, z + "/leaderboard?board=private", null).statusCode()).isEqualTo(200);
        assertThat(post(b, z + "/close", Api.ADMIN).statusCode()).isEqualTo(200);
        JsonNode own = JSON.readTree(get(b, z + "/submissions", ed).body());
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("selected").asBoolean())
                .as("auto-selected once, at the close")
                .isTrue();
        assertThat(get(a, z + "/leaderboard?board=private", null).body())
                .isEqualTo(get(b, z + "/leaderboard?board=private", null).body());
    }

    @Test
    void killingAnInstanceInsideASubmissionsTransactionLosesNoAcceptedSubmissionAndTheOtherKeepsServing(
            @TempDir Path home) throws Exception {
        String database = TestDatabases.newPostgresql();
        ServerProcess pausing = ServerProcess.start(
                CrashingServer.class,
                "--home",
                home.toString(),
                "--database",
                database,
                "--pause-at",
                "while-storing:3");
        started.add(pausing);
        String a = pausing.origin();
        String b = serve(home, database);
        create(b, "zoo", 100, 1);
        String ada = register(a, "ada");
        String bob = register(b, "bob");
        Map<Long, String> accepted = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            accepted.put(id(submit(a, ada, Zoo.submission(i, 2), "on a " + i)), "on a " + i);
            accepted.put(id(submit(b, ada, Zoo.submission(i + 2, 2), "on b " + i)), "on b " + i);
        }
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return submit(a, ada, Zoo.submission(8, 7), "held");
            } catch (IOException e) {
                return null; // the instance died under it: not accepted
            }
        });
        pausing.awaitOutput(CrashingServer.PAUSED); // inside the transaction, holding the competition's row
        CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return submit(b, bob, Zoo.submission(6, 6), "waits for the lock");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        pausing.kill();

        assertThat(held.get(30, TimeUnit.SECONDS)).isNull();
        HttpResponse<String> afterKill = waiting.get(30, TimeUnit.SECONDS);
        assertThat(afterKill.statusCode()).as(afterKill.body()).isEqualTo(201);
        assertThatThrownBy(() -> get(a, "/api/competitions", null)).isInstanceOf(IOException.class);
        Map<Long, String> stored = new HashMap<>();
        for (JsonNode s :
                JSON.readTree(get(b, "/api/competitions/zoo/submissions", ada).body())) {
            stored.put(s.get("id").asLong(), s.get("description").asText());
        }
        assertThat(stored).isEqualTo(accepted);
        assertThat(id(submit(b, ada, Zoo.submission(5, 5), "after the kill"))).isPositive();
        assertThat(get(b, "/api/competitions/zoo/leaderboard", null).body()).contains("ada", "bob");
    }

    /** The public and (host's) private board, the view and the comparison, equal on both instances; returns them. */
    private String boards(String slug) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path :
                List.of("/leaderboard", "/leaderboard?board=private", "/comparison", "/leaderboard.csv", "")) {
            String fromA = get(a, "/api/competitions/" + slug + path, Api.ADMIN).body();
            String fromB = get(b, "/api/competitions/" + slug + path, Api.ADMIN).body();
            assertThat(fromB).as(path).isEqualTo(fromA);
            all.append(fromA).append('\n');
        }
        return all.toString();
    }

    private String serve(Path home, String database) throws Exception {
        ServerProcess p = ServerProcess.start(
                ServeCommand.class,
                "--port",
                "0",
                "--home",
                home.toString(),
                "--admin-token",
                Api.ADMIN,
                "--database",
                database);
        started.add(p);
        return p.origin();
    }

    private void create(String origin, String slug, int dailyLimit, int finalSelections) throws Exception {
        HttpResponse<String> r = createResponse(origin, slug, dailyLimit, finalSelections);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private HttpResponse<String> createResponse(String origin, String slug, int dailyLimit, int finalSelections)
            throws IOException {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", Zoo.definition(slug, null, dailyLimit, finalSelections))
                .file("solution", "solution.csv", Zoo.solution())
                .file("sample_submission.csv", "sample_submission.csv", Zoo.sampleSubmission());
        return send(HttpRequest.newBuilder(URI.create(origin + "/api/competitions"))
                .header("Authorization", "Bearer " + Api.ADMIN)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private String register(String origin, String name) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(origin + "/api/participants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> submit(String origin, String token, String csv, String description)
            throws IOException {
        return submit(origin, "zoo", token, csv, description);
    }

    /** A submission declaring {@code strategy} as its strategy field (and as its description), for the comparison. */
    private HttpResponse<String> submitAs(String origin, String slug, String token, String csv, String strategy)
            throws IOException {
        return send(
                origin,
                slug,
                token,
                new MultipartBody()
                        .file("file", "s.csv", csv)
                        .field("description", strategy)
                        .field("strategy", strategy));
    }

    private HttpResponse<String> submit(String origin, String slug, String token, String csv, String description)
            throws IOException {
        return send(
                origin,
                slug,
                token,
                new MultipartBody().file("file", "s.csv", csv).field("description", description));
    }

    private HttpResponse<String> send(String origin, String slug, String token, MultipartBody body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(origin + "/api/competitions/" + slug + "/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private static long id(HttpResponse<String> created) throws IOException {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private HttpResponse<String> get(String origin, String path, String token) throws IOException {
        return send(withToken(HttpRequest.newBuilder(URI.create(origin + path)).GET(), token));
    }

    private HttpResponse<String> post(String origin, String path, String token) throws IOException {
        return send(withToken(
                HttpRequest.newBuilder(URI.create(origin + path)).POST(HttpRequest.BodyPublishers.noBody()), token));
    }

    private HttpResponse<String> put(String origin, String path, String body, String token) throws IOException {
        return send(withToken(
                HttpRequest.newBuilder(URI.create(origin + path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                token));
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
