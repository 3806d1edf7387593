package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.cli.ServeCommand;

/**
 * A server halted (like kill -9) between storing a new competition's files and its row, or a submission's
 * file and its row, restarts without those leftovers, and the same creation or submission then succeeds.
 */
class CrashSafeCreationIT {
    @TempDir
    Path home;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aCreationInterruptedAfterItsFilesWereStoredLeavesNothingThatBlocksTheSlug() throws Exception {
        try (ServerProcess crashing = ServerProcess.start(
                CrashingServer.class, "--home", home.toString(), "--halt-at", "after-files-published")) {
            assertThatThrownBy(() -> create(crashing.origin())).isInstanceOf(IOException.class);
            assertThat(crashing.awaitExit()).isEqualTo(137);
        }
        assertThat(home.resolve("competitions").resolve("zoo")).isDirectory(); // what the crash left

        try (ServerProcess again = serve()) {
            assertThat(home.resolve("competitions").resolve("zoo")).doesNotExist();
            assertThat(get(again.origin() + "/api/competitions/zoo").statusCode())
                    .isEqualTo(404);
            HttpResponse<String> retry = create(again.origin());
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
            assertThat(get(again.origin() + "/api/competitions/zoo").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aSubmissionInterruptedAfterScoringLeavesNoFileWithoutARow() throws Exception {
        try (ServerProcess first = serve()) {
            assertThat(create(first.origin()).statusCode()).isEqualTo(201);
        }
        String token;
        try (ServerProcess crashing =
                ServerProcess.start(CrashingServer.class, "--home", home.toString(), "--halt-at", "after-scoring")) {
            token = new ObjectMapper()
                    .readTree(http.send(
                                    post(
                                            crashing.origin() + "/api/participants",
                                            "application/json",
                                            "{\"name\": \"ada\"}".getBytes(),
                                            null),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .get("token")
                    .asText();
            assertThatThrownBy(() -> submit(crashing.origin(), token)).isInstanceOf(IOException.class);
            assertThat(crashing.awaitExit()).isEqualTo(137);
        }
        assertThat(submissionFiles()).isEqualTo(1); // what the crash left

        try (ServerProcess again = serve()) {
            assertThat(submissionFiles()).isZero();
            HttpResponse<String> retry = submit(again.origin(), token);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
            assertThat(submissionFiles()).isEqualTo(1);
        }
    }

    private ServerProcess serve() throws Exception {
        return ServerProcess.start(
                ServeCommand.class, "--port", "0", "--home", home.toString(), "--admin-token", Api.ADMIN);
    }

    private long submissionFiles() throws IOException {
        Path dir = home.resolve("competitions").resolve("zoo").resolve("submissions");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private HttpResponse<String> create(String origin) throws Exception {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", Zoo.definition("zoo", null, 5, 1))
                .file("solution", "solution.csv", Zoo.solution())
                .file("sample_submission.csv", "sample_submission.csv", Zoo.sampleSubmission());
        return http.send(
                post(origin + "/api/competitions", body.contentType(), body.bytes(), Api.ADMIN),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(String origin, String token) throws Exception {
        MultipartBody body = new MultipartBody().file("file", "s.csv", Zoo.submission(5, 4));
        return http.send(
                post(origin + "/api/competitions/zoo/submissions", body.contentType(), body.bytes(), token),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(String url, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (token == null ? b : b.header("Authorization", "Bearer " + token)).build();
    }
}
