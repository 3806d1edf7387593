package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Bodies cut short (fewer bytes than Content-Length, then a half-close) and repeated form fields are 400s. */
class CutBodyTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    /** Sends the head and {@code sent} with a larger Content-Length, half-closes, and returns the raw answer. */
    private static String cut(String origin, String method, String path, String token, String sent, int declared)
            throws IOException {
        URI uri = URI.create(origin);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                            + "Content-Length: " + declared + "\r\n\r\n" + sent)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<ILoggingEvent> events() {
        return List.copyOf(log.list);
    }

    @Test
    void aRegistrationBodyCutShortIsA400WithOneLogLineAndNoStackTrace() {
        TestServer.run(TestServer.config(home, clock), api -> {
            String answer = cut(api.origin(), "POST", "/api/participants", null, "{\"name\": \"ad", 200);

            assertThat(RawHttp.status(answer)).isEqualTo(400);
            assertThat(answer).contains("the request body ended before its Content-Length");
            assertThat(events())
                    .hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        });
    }

    @Test
    void aSelectionBodyCutShortIsA400WithOneLogLineAndNoStackTrace() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            String ada = api.register("ada");
            long id = api.submitOk(ada, "zoo", Zoo.submission(5, 4), "none");
            log.list.clear();

            String answer =
                    cut(api.origin(), "PUT", "/api/competitions/zoo/submissions/" + id + "/selected", ada, "tr", 50);

            assertThat(RawHttp.status(answer)).isEqualTo(400);
            assertThat(events())
                    .hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        });
    }

    @Test
    void aCreationFormThatRepeatsAPublicFileFieldIsA400() {
        TestServer.run(TestServer.config(home, clock), api -> {
            MultipartBody body = new MultipartBody()
                    .file("definition", "competition.json", Zoo.definition("zoo", null, 5, 1))
                    .file("solution", "solution.csv", Zoo.solution())
                    .file("train.csv", "train.csv", Zoo.train())
                    .file("train.csv", "train.csv", Zoo.train());

            Response r = api.postMultipart("/api/competitions", body, Api.ADMIN);

            assertThat(r.code()).isEqualTo(400);
            assertThat(Api.json(r).get("error").asText()).isEqualTo("multipart field 'train.csv' appears 2 times");
            assertThat(api.createZoo("zoo", null, 5, 1).code()).isEqualTo(201);
        });
    }
}
