package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server in its own JVM is killed with SIGKILL while submissions arrive; after a restart nothing answered 201 is lost. */
class DurabilityIT {
    private static final Pattern READY = Pattern.compile("serving on http://localhost:(\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aServerKilledMidStreamRestartsWithEveryAcceptedSubmissionAndAnIntactDatabase() throws Exception {
        Process first = start();
        String origin = origin(first);
        createCompetition(origin);
        List<String> tokens =
                List.of(register(origin, "p0"), register(origin, "p1"), register(origin, "p2"), register(origin, "p3"));
        Map<Long, String> accepted = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(tokens.size());
        for (String token : tokens) {
            clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String description = "run " + attempts.incrementAndGet();
                    try {
                        HttpResponse<String> r = submit(origin, token, description);
                        if (r.statusCode() == 201) {
                            accepted.put(JSON.readTree(r.body()).get("id").asLong(), description);
                        }
                    } catch (IOException e) {
                        return null; // the server is gone
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (accepted.size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        clients.shutdownNow();
        assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(40);

        Process second = start();
        try {
            String again = origin(second);
            Map<Long, String> stored = new ConcurrentHashMap<>();
            for (String token : tokens) {
                for (JsonNode s : JSON.readTree(get(again + "/api/competitions/zoo/submissions", token))) {
                    stored.put(s.get("id").asLong(), s.get("description").asText());
                }
            }
            assertThat(stored).containsAllEntriesOf(accepted);
            assertThat(integrityCheck()).isEqualTo("ok");
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "pseudolab.server.cli.ServeCommand",
                "--port",
                "0",
                "--home",
                home.toString(),
                "--admin-token",
                Api.ADMIN);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Waits for the ready line, then keeps draining the output so the child never blocks on a full pipe. */
    private static String origin(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        port.complete(m.group(1));
                    }
                }
                port.completeExceptionally(new IllegalStateException("server exited before it was ready"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        drain.setDaemon(true);
        drain.start();
        return "http://localhost:" + port.get(60, TimeUnit.SECONDS);
    }

    private void createCompetition(String origin) throws Exception {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", Zoo.definition("zoo", null, 100_000, 1))
                .file("solution", "solution.csv", Zoo.solution());
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(origin + "/api/competitions"))
                        .header("Authorization", "Bearer " + Api.ADMIN)
                        .header("Content-Type", body.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private String register(String origin, String name) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(origin + "/api/participants"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> submit(String origin, String token, String description) throws IOException {
        MultipartBody body =
                new MultipartBody().file("file", "s.csv", Zoo.submission(5, 4)).field("description", description);
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/api/competitions/zoo/submissions"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", body.contentType())
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private String get(String url, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String integrityCheck() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("pseudolab.db"));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
