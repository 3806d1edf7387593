package pseudolab.harness.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.HarnessException;

class SubmitterTest {
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> auth = new AtomicReference<>();
    private final AtomicReference<String> path = new AtomicReference<>();
    private final AtomicReference<String> type = new AtomicReference<>();

    private URI serve(int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            path.set(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            auth.set(ex.getRequestHeaders().getFirst("Authorization"));
            type.set(ex.getRequestHeaders().getFirst("Content-Type"));
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheFileAndDescriptionAsMultipartWithTheBearerTokenAndReadsThePublicScore(@TempDir Path tmp)
            throws IOException {
        Path csv = Files.writeString(tmp.resolve("run.csv"), "ImageId,Label\n1,3\n");
        URI url = serve(201, "{\"id\": 7, \"publicScore\": 0.8125}");
        Submitter.Receipt r = new Submitter().submit(url, "s3cret", "fashion-pl", csv, "self-training mlp folds=5");
        assertThat(r.publicScore()).isEqualTo(0.8125);
        assertThat(path.get()).isEqualTo("POST /api/competitions/fashion-pl/submissions");
        assertThat(auth.get()).isEqualTo("Bearer s3cret");
        assertThat(type.get()).startsWith("multipart/form-data; boundary=");
        assertThat(body.get())
                .contains("Content-Disposition: form-data; name=\"description\"\r\n")
                .contains("self-training mlp folds=5")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"run.csv\"")
                .contains("ImageId,Label\n1,3\n");
    }

    @Test
    void theStrategyIsSentAsItsOwnFormField(@TempDir Path tmp) throws IOException {
        Path csv = Files.writeString(tmp.resolve("run.csv"), "ImageId,Label\n1,3\n");
        URI url = serve(201, "{\"id\": 7, \"publicScore\": 0.8125}");
        new Submitter().submit(url, "s3cret", "fashion-pl", csv, "self-training mlp folds=5", "self-training");
        assertThat(body.get())
                .contains("Content-Disposition: form-data; name=\"strategy\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nself-training\r\n");
        new Submitter().submit(url, "s3cret", "fashion-pl", csv, "hand-made");
        assertThat(body.get()).doesNotContain("name=\"strategy\"");
    }

    @Test
    void aRefusalIsReportedWithTheServersMessage(@TempDir Path tmp) throws IOException {
        Path csv = Files.writeString(tmp.resolve("run.csv"), "ImageId,Label\n");
        URI url = serve(422, "{\"error\": \"line 2: unknown id '999999'\"}");
        assertThatThrownBy(() -> new Submitter().submit(url, "t", "c", csv, "none"))
                .isInstanceOf(HarnessException.class)
                .hasMessage("the server refused the submission (HTTP 422): line 2: unknown id '999999'");
    }

    @Test
    void anUnreachableServerIsAClearError(@TempDir Path tmp) throws IOException {
        Path csv = Files.writeString(tmp.resolve("run.csv"), "ImageId,Label\n");
        assertThatThrownBy(() -> new Submitter().submit(URI.create("http://127.0.0.1:1"), "t", "c", csv, "none"))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith("cannot reach the server at http://127.0.0.1:1");
    }
}
