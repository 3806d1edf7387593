package pseudolab.server.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import pseudolab.server.ServerException;
import pseudolab.server.TextLimits;

/**
 * A validated {@code competition.json}; {@code deadline} is null for a competition closed only by hand;
 * {@code publicFiles} lists the extra public files beyond {@link #STANDARD_PUBLIC_FILES} (key {@code "publicFiles"});
 * {@code publicBoard} is {@link #PLAIN} (the default) or {@link #LADDER}.
 */
public record CompetitionDefinition(String slug, String title, String description, String metric,
                                    Map<String, String> metricParams, Instant deadline, int dailyLimit,
                                    int finalSelections, List<String> publicFiles, String publicBoard) {
    /** {@code "publicBoard"}: participants see each entry's best public score. */
    public static final String PLAIN = "plain";
    /** {@code "publicBoard"}: participants see Blum and Hardt's parameter-free Ladder score (see README). */
    public static final String LADDER = "ladder";
    /** The public files every competition folder may have; published when present. */
    public static final List<String> STANDARD_PUBLIC_FILES = List.of("train.csv", "test.csv", "sample_submission.csv");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public CompetitionDefinition {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw invalid("slug '" + slug + "' must be 1-63 lower-case letters, digits or '-', starting with a letter or digit");
        }
        if (title == null || title.isBlank()) {
            throw invalid("title is missing");
        }
        if (metric == null || metric.isBlank()) {
            throw invalid("metric is missing");
        }
        limit("title", title, TextLimits.TITLE);
        limit("description", description, TextLimits.COMPETITION_DESCRIPTION);
        limit("metric", metric, TextLimits.METRIC);
        metricParams.forEach((k, v) -> limit("metricParams." + limit("a metricParams key", k, TextLimits.METRIC), v,
                TextLimits.METRIC));
        if (dailyLimit < 1) {
            throw invalid("dailyLimit " + dailyLimit + " must be at least 1");
        }
        if (finalSelections < 1) {
            throw invalid("finalSelections " + finalSelections + " must be at least 1");
        }
        publicBoard = publicBoard == null ? PLAIN : publicBoard;
        if (!publicBoard.equals(PLAIN) && !publicBoard.equals(LADDER)) {
            throw invalid("publicBoard must be \"plain\" or \"ladder\", not '" + abbreviate(publicBoard) + "'");
        }
        description = description == null ? "" : description;
        metricParams = Map.copyOf(metricParams);
        publicFiles = List.copyOf(publicFiles);
        Set<String> seen = new HashSet<>(STANDARD_PUBLIC_FILES);
        for (String name : publicFiles) {
            try {
                PublicFileName.check(name);
            } catch (ServerException e) {
                throw invalid("publicFiles: " + e.getMessage());
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("solution")) {
                throw invalid("publicFiles: '" + name + "' starts with 'solution'; solution files are never public");
            }
            if (!seen.add(name)) {
                throw invalid("publicFiles: '" + name + "' is listed twice (train.csv, test.csv and"
                        + " sample_submission.csv are public without being listed)");
            }
        }
    }

    /** Every file name this definition makes public: the standard ones, then {@code publicFiles}. */
    public List<String> publicFileNames() {
        List<String> names = new ArrayList<>(STANDARD_PUBLIC_FILES);
        names.addAll(publicFiles);
        return List.copyOf(names);
    }

    /** Parses and validates the JSON text; every mistake is a 400 naming the key and the value. */
    public static CompetitionDefinition parse(ObjectMapper json, byte[] text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("expected a JSON object");
        }
        return new CompetitionDefinition(text(root, "slug"), text(root, "title"), text(root, "description"),
                text(root, "metric"), params(root.path("metricParams")), deadline(root.path("deadline")),
                integer(root, "dailyLimit", 5), integer(root, "finalSelections", 2), names(root.path("publicFiles")),
                text(root, "publicBoard"));
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(key + " must be a string, not " + node);
        }
        return node.asText();
    }

    private static int integer(JsonNode root, String key, int fallback) {
        JsonNode node = root.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw invalid(key + " must be a whole number, not " + node);
        }
        return node.asInt();
    }

    private static Instant deadline(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw invalid("deadline '" + node.asText() + "' is not an ISO-8601 UTC time such as 2026-12-31T23:59:00Z");
        }
    }

    private static List<String> names(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid("publicFiles must be an array of file names such as [\"depths.csv\"], not " + node);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : node) {
            if (!name.isTextual()) {
                throw invalid("publicFiles must hold file names (strings), not " + name);
            }
            names.add(name.asText());
        }
        return names;
    }

    private static Map<String, String> params(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw invalid("metricParams must be an object, not " + node);
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> params.put(e.getKey(), scalar(e.getValue())));
        return params;
    }

    /** A parameter as text: arrays become {@code a,b}, objects {@code name:value,name:value} (weights). */
    private static String scalar(JsonNode value) {
        if (value.isObject()) {
            return StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(value.fields(), 0), false)
                    .map(e -> e.getKey() + ":" + e.getValue().asText()).collect(Collectors.joining(","));
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(","));
        }
        return value.asText();
    }

    private static String limit(String key, String value, int max) {
        try {
            return TextLimits.check(key, value, max);
        } catch (ServerException e) {
            throw invalid(e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }

    private static ServerException invalid(String message) {
        return new ServerException(400, "competition.json: " + message);
    }
}
