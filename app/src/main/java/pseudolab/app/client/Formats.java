package pseudolab.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers of the participant commands: a URL path segment and a score as printed. */
final class Formats {
    private Formats() {}

    /** A slug as one URL path segment (a typo stays a 404 instead of reaching another path). */
    static String segment(String slug) {
        return URLEncoder.encode(slug.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A score as the server sent it, or "-" when absent. */
    static String score(JsonNode value) {
        return value.isNumber() ? value.asText() : "-";
    }
}
