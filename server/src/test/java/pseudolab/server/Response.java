package pseudolab.server;

import java.net.http.HttpHeaders;

/** One HTTP answer as the tests read it: status code, body text ({@code body().string()}) and headers. */
public record Response(int code, Body body, HttpHeaders headers) {
    /** A response body's text. */
    public record Body(String string) {}
}
