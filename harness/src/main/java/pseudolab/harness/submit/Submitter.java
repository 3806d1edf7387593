package pseudolab.harness.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pseudolab.harness.HarnessException;

/**
 * POSTs a submission file as multipart/form-data (fields {@code file}, {@code description}, optionally
 * {@code strategy}, and any extra ones) to
 * {@code {server}/api/competitions/{slug}/submissions} with {@code Authorization: Bearer T}.
 */
public final class Submitter {
    private final HttpClient http;

    public Submitter(HttpClient http) {
        this.http = http;
    }

    public Submitter() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** The server's answer: HTTP status, the raw JSON body and its {@code publicScore} (null if absent). */
    public record Receipt(int status, String body, Double publicScore) {}

    /** Uploads and returns the scored receipt; any answer other than 2xx is a {@link HarnessException}. */
    public Receipt submit(URI server, String token, String slug, Path csv, String description) {
        return submit(server, token, slug, csv, description, null);
    }

    /**
     * Uploads with the form field {@code strategy} (the name the server's strategy comparison groups by; null sends
     * none) and returns the scored receipt; any answer other than 2xx is a {@link HarnessException}.
     */
    public Receipt submit(URI server, String token, String slug, Path csv, String description, String strategy) {
        Receipt receipt =
                post(server, token, slug, csv, description, strategy == null ? Map.of() : Map.of("strategy", strategy));
        if (receipt.status() / 100 != 2) {
            throw new HarnessException("the server refused the submission (HTTP " + receipt.status() + "): "
                    + errorMessage(receipt.body()));
        }
        return receipt;
    }

    /**
     * Uploads with extra form fields (such as {@code strategy}) and returns the server's answer whatever its status
     * (a 422 body lists the validation problems); only an unreachable server or an unreadable file throw.
     */
    public Receipt post(
            URI server, String token, String slug, Path csv, String description, Map<String, String> fields) {
        String boundary = "pseudolab-" + UUID.randomUUID();
        byte[] body;
        try {
            body = multipart(boundary, csv, description, fields);
        } catch (IOException e) {
            throw new HarnessException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        String base = server.toString().replaceAll("/+$", "");
        URI target = URI.create(base + "/api/competitions/" + slug + "/submissions");
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new HarnessException("cannot reach the server at " + base + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new HarnessException("submitting to " + target + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while submitting to " + target, e);
        }
        String text = response.body();
        if (response.statusCode() / 100 != 2) {
            return new Receipt(response.statusCode(), text, null);
        }
        Double score = null;
        try {
            JsonNode node = new ObjectMapper().readTree(text);
            if (node != null
                    && node.hasNonNull("publicScore")
                    && node.get("publicScore").isNumber()) {
                score = node.get("publicScore").asDouble();
            }
        } catch (IOException e) {
            throw new HarnessException("the server's answer is not JSON: " + abbreviate(text), e);
        }
        return new Receipt(response.statusCode(), text, score);
    }

    /** The {@code error} (or {@code message}, {@code title}) of a JSON answer, else the text abbreviated. */
    public static String errorMessage(String body) {
        try {
            JsonNode node = new ObjectMapper().readTree(body);
            for (String key : new String[] {"error", "message", "title"}) {
                if (node != null && node.hasNonNull(key)) {
                    return node.get(key).asText();
                }
            }
        } catch (IOException e) {
            // not JSON: show the text
        }
        return abbreviate(body);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static byte[] multipart(String boundary, Path csv, String description, Map<String, String> fields)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String crlf = "\r\n";
        Map<String, String> all = new LinkedHashMap<>();
        all.put("description", description);
        all.putAll(fields);
        all.forEach((name, value) -> out.writeBytes(("--" + boundary + crlf
                        + "Content-Disposition: form-data; name=\"" + name + "\"" + crlf
                        + "Content-Type: text/plain; charset=UTF-8" + crlf + crlf
                        + value + crlf)
                .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + crlf
                        + "Content-Disposition: form-data; name=\"file\"; filename=\""
                        + csv.getFileName().toString().replace("\"", "")
                        + "\"" + crlf
                        + "Content-Type: text/csv" + crlf + crlf)
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(csv));
        out.writeBytes((crlf + "--" + boundary + "--" + crlf).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
