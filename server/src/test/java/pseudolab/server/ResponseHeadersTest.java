package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every answer, pages without inline script, and HEAD answered like GET without a body. */
class ResponseHeadersTest {
    private static final List<String> PATHS = List.of(
            "/",
            "/index.html",
            "/competitions/zoo",
            "/js/competition.js",
            "/css/style.css",
            "/api/competitions",
            "/api/competitions/zoo",
            "/api/competitions/nope",
            "/api/competitions/zoo/leaderboard",
            "/no-such-page",
            "/api/competitions/zoo/files/train.csv");

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String origin, String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(origin + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            for (String path : PATHS) {
                var headers = send(api.origin(), "GET", path).headers();
                assertThat(headers.firstValue("Content-Security-Policy"))
                        .as(path)
                        .hasValueSatisfying(csp -> assertThat(csp)
                                .contains("script-src 'self'")
                                .contains("frame-ancestors 'none'")
                                .doesNotContain("unsafe-inline"));
                assertThat(headers.firstValue("X-Content-Type-Options"))
                        .as(path)
                        .contains("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            }
        });
    }

    @Test
    void headAnswersLikeGetWithoutABodyAnd404WhereGetIs404() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            for (String path : PATHS) {
                HttpResponse<byte[]> get = send(api.origin(), "GET", path);
                HttpResponse<byte[]> head = send(api.origin(), "HEAD", path);
                assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
                assertThat(head.body()).as(path).isEmpty();
                assertThat(head.headers().firstValue("Content-Type"))
                        .as(path)
                        .isEqualTo(get.headers().firstValue("Content-Type"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "competition.html"})
    void thePagesHaveNoInlineScriptsHandlersOrStyles(String page) throws IOException {
        String html = Files.readString(webFolder().resolve(page));

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(html)
                        .find())
                .as("inline <script>")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("on* handler")
                .isFalse();
        assertThat(html).doesNotContain("javascript:").doesNotContain("style=").doesNotContain("<style");
    }

    private static Path webFolder() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("web"))) {
                try (Stream<Path> pages = Files.list(dir.resolve("web"))) {
                    if (pages.anyMatch(p -> p.toString().endsWith(".html"))) {
                        return dir.resolve("web");
                    }
                }
            }
        }
        throw new IllegalStateException("no web/ folder above " + Path.of("").toAbsolutePath());
    }
}
