package pseudolab.scoring.competition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The JSON form of {@link CompetitionDefinition}: keys, value types and metric parameter values in one place. */
final class DefinitionJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DefinitionJson() {}

    static CompetitionDefinition read(Path folder) {
        Path file = folder.resolve(CompetitionDefinition.FILE_NAME);
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String fallbackSlug = CompetitionDefinition.slugOf(name == null ? "" : name.toString());
        if (!Files.exists(file)) {
            return CompetitionDefinition.of(fallbackSlug, null, null);
        }
        try {
            return parse(Files.readAllBytes(file), fallbackSlug);
        } catch (IOException e) {
            throw new InvalidDefinitionException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static CompetitionDefinition readAsWritten(Path folder) {
        Path file = folder.resolve(CompetitionDefinition.FILE_NAME);
        try {
            return parse(Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new InvalidDefinitionException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** {@code fallbackSlug} stands in for a missing slug; null makes the slug required. */
    static CompetitionDefinition parse(byte[] json, String fallbackSlug) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InvalidDefinitionException.of(
                    "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidDefinitionException.of("cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw InvalidDefinitionException.of("expected a JSON object such as {\"slug\": \"my-competition\", ...}");
        }
        String slug = text(root, "slug");
        return new CompetitionDefinition(
                slug == null ? fallbackSlug : slug,
                text(root, "title"),
                text(root, "description"),
                text(root, "task"),
                text(root, "metric"),
                params(root.path("metricParams")),
                deadline(root.path("deadline")),
                integer(root, "dailyLimit", CompetitionDefinition.DEFAULT_DAILY_LIMIT),
                integer(root, "finalSelections", CompetitionDefinition.DEFAULT_FINAL_SELECTIONS),
                names(root.path("publicFiles")),
                text(root, "publicBoard"),
                object(root, "build"));
    }

    /** A copy of {@code node} as reading its text gives it (a long 1 becomes an int 1), so equal JSON is equal. */
    static JsonNode canonical(JsonNode node) {
        try {
            return JSON.readTree(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always has a text", e);
        }
    }

    static byte[] toJson(CompetitionDefinition d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("slug", d.slug());
        putIfPresent(root, "title", d.title());
        root.put("description", d.description());
        putIfPresent(root, "task", d.task());
        putIfPresent(root, "metric", d.metric());
        ObjectNode params = root.putObject("metricParams");
        d.metricParams().forEach(params::put);
        putIfPresent(
                root, "deadline", d.deadline() == null ? null : d.deadline().toString());
        root.put("dailyLimit", d.dailyLimit());
        root.put("finalSelections", d.finalSelections());
        ArrayNode files = root.putArray("publicFiles");
        d.publicFiles().forEach(files::add);
        root.put("publicBoard", d.publicBoard());
        if (d.build() != null) {
            root.set("build", d.build());
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a definition always has a JSON form", e);
        }
    }

    static Path write(CompetitionDefinition d, Path folder) {
        Path file = folder.resolve(CompetitionDefinition.FILE_NAME);
        try {
            Files.createDirectories(folder);
            Files.write(file, toJson(d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static void putIfPresent(ObjectNode root, String key, String value) {
        if (value != null) {
            root.put(key, value);
        }
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            throw InvalidDefinitionException.of(key + " must be a string, not " + shown(node));
        }
        return node.asText();
    }

    private static int integer(JsonNode root, String key, int fallback) {
        JsonNode node = root.path(key);
        if (absent(node)) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw InvalidDefinitionException.of(key + " must be a whole number, not " + shown(node));
        }
        return node.asInt();
    }

    private static JsonNode object(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            throw InvalidDefinitionException.of(key + " must be an object, not " + shown(node));
        }
        return node;
    }

    private static Instant deadline(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw InvalidDefinitionException.of("deadline '" + CompetitionDefinition.abbreviate(node.asText()) + "'"
                    + " is not an ISO-8601 UTC time such as 2026-12-31T23:59:00Z");
        }
    }

    private static List<String> names(JsonNode node) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw InvalidDefinitionException.of(
                    "publicFiles must be an array of file names such as [\"depths.csv\"], not " + shown(node));
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : node) {
            if (!name.isTextual()) {
                throw InvalidDefinitionException.of("publicFiles must hold file names (strings), not " + shown(name));
            }
            names.add(name.asText());
        }
        return names;
    }

    private static Map<String, String> params(JsonNode node) {
        if (absent(node)) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw InvalidDefinitionException.of(
                    "metricParams must be an object such as {\"columns\": [\"a\", \"b\"]}," + " not " + shown(node));
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> params.put(e.getKey(), param(e.getKey(), e.getValue())));
        return params;
    }

    /**
     * A parameter value as the metric factory takes it: a string as written; a number or true/false as its text; an
     * array as its items joined by ',' ({@code ["a", "b"]} is {@code a,b}); an object as {@code name:value} pairs
     * joined by ',' ({@code {"age": 0.3}} is {@code age:0.3}).
     */
    static String param(String key, JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            return value.asText();
        }
        StringJoiner joined = new StringJoiner(",");
        if (value.isArray()) {
            for (JsonNode item : value) {
                joined.add(item(key, item));
            }
        } else if (value.isObject()) {
            value.fields().forEachRemaining(e -> joined.add(e.getKey() + ":" + item(key, e.getValue())));
        } else {
            throw InvalidDefinitionException.of(
                    "metricParams." + key + " must be a string, a number, an array or an" + " object, not null");
        }
        return joined.toString();
    }

    private static String item(String key, JsonNode item) {
        if (!item.isValueNode() || item.isNull()) {
            throw InvalidDefinitionException.of(
                    "metricParams." + key + " may hold strings and numbers, not " + shown(item));
        }
        String text = item.asText();
        if (text.contains(",")) {
            throw InvalidDefinitionException.of("metricParams." + key + ": '" + CompetitionDefinition.abbreviate(text)
                    + "' contains a comma, which separates the items");
        }
        return text;
    }

    private static String shown(JsonNode node) {
        return CompetitionDefinition.abbreviate(node.toString());
    }
}
