package pseudolab.scoring.competition;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.metric.Accuracy;
import pseudolab.scoring.metric.Rmse;

/**
 * A competition's definition, its folder's {@code competition.json}; the only code that reads or writes that file
 * (see {@link #read}, {@link #parse}, {@link #write}). Keys: {@code slug}, {@code title} (null when absent),
 * {@code description}, {@code task} (null, {@value #CLASSIFICATION} or {@value #REGRESSION}), {@code metric} (null
 * when absent: {@link #metricFor} then picks the default), {@code metricParams} (as the metric factory takes them:
 * {@code columns=a,b}), {@code deadline} (null: closed only by hand), {@code dailyLimit}, {@code finalSelections},
 * {@code publicFiles} (the public files beyond {@link #STANDARD_PUBLIC_FILES}), {@code publicBoard} ({@value #PLAIN}
 * or {@value #LADDER}) and {@code build} (how a dataset builder made the folder; null when absent).
 */
public record CompetitionDefinition(
        String slug,
        String title,
        String description,
        String task,
        String metric,
        Map<String, String> metricParams,
        Instant deadline,
        int dailyLimit,
        int finalSelections,
        List<String> publicFiles,
        String publicBoard,
        JsonNode build) {
    /** The file's name in a competition folder. */
    public static final String FILE_NAME = "competition.json";
    /** {@code "publicBoard"}: participants see each entry's best public score (the default). */
    public static final String PLAIN = "plain";
    /** {@code "publicBoard"}: participants see Blum and Hardt's parameter-free Ladder score. */
    public static final String LADDER = "ladder";
    /** {@code "task"}: the targets are class labels. */
    public static final String CLASSIFICATION = "classification";
    /** {@code "task"}: the targets are numbers. */
    public static final String REGRESSION = "regression";
    /** The metric of a competition that declares none, unless it is a regression. */
    public static final String DEFAULT_METRIC = Accuracy.NAME;
    /** The metric of a regression that declares none; the one place this default is decided. */
    public static final String DEFAULT_REGRESSION_METRIC = Rmse.NAME;
    /** {@code "dailyLimit"} when absent. */
    public static final int DEFAULT_DAILY_LIMIT = 5;
    /** {@code "finalSelections"} when absent. */
    public static final int DEFAULT_FINAL_SELECTIONS = 2;
    /** The public files every competition folder may have; published when present. */
    public static final List<String> STANDARD_PUBLIC_FILES = List.of("train.csv", "test.csv", "sample_submission.csv");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String SLUG_RULE = "1-63 lower-case letters, digits or '-', starting with a letter or digit";

    public CompetitionDefinition {
        if (slug == null) {
            throw InvalidDefinitionException.of("slug is missing (" + SLUG_RULE + ")");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw InvalidDefinitionException.of("slug '" + abbreviate(slug) + "' must be " + SLUG_RULE);
        }
        if (title != null && title.isBlank()) {
            throw InvalidDefinitionException.of("title is blank; write one or leave the key out");
        }
        description = description == null ? "" : description;
        if (task != null && !task.equals(CLASSIFICATION) && !task.equals(REGRESSION)) {
            throw InvalidDefinitionException.of("task must be \"" + CLASSIFICATION + "\" or \"" + REGRESSION
                    + "\", not '" + abbreviate(task) + "'");
        }
        metricParams = metricParams == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metricParams));
        metricParams.forEach((key, value) -> {
            if (key == null || value == null) {
                throw InvalidDefinitionException.of("metricParams has a null key or value: " + key + "=" + value);
            }
        });
        if (metric != null) {
            create(metric, metricParams, "");
        }
        if (dailyLimit < 1) {
            throw InvalidDefinitionException.of("dailyLimit " + dailyLimit + " must be at least 1");
        }
        if (finalSelections < 1) {
            throw InvalidDefinitionException.of("finalSelections " + finalSelections + " must be at least 1");
        }
        publicFiles = publicFiles == null ? List.of() : List.copyOf(publicFiles);
        requirePublicFileNames(publicFiles);
        publicBoard = publicBoard == null ? PLAIN : publicBoard;
        if (!publicBoard.equals(PLAIN) && !publicBoard.equals(LADDER)) {
            throw InvalidDefinitionException.of("publicBoard must be \"" + PLAIN + "\" or \"" + LADDER + "\", not '"
                    + abbreviate(publicBoard) + "'");
        }
        if (build != null && !build.isObject()) {
            throw InvalidDefinitionException.of("build must be an object, not " + abbreviate(build.toString()));
        }
        build = build == null ? null : DefinitionJson.canonical(build);
    }

    /** A definition with a slug, a title and a metric (null for the default); every other key at its default. */
    public static CompetitionDefinition of(String slug, String title, String metric) {
        return new CompetitionDefinition(
                slug,
                title,
                "",
                null,
                metric,
                Map.of(),
                null,
                DEFAULT_DAILY_LIMIT,
                DEFAULT_FINAL_SELECTIONS,
                List.of(),
                PLAIN,
                null);
    }

    /**
     * The definition of the competition folder {@code folder}: its {@code competition.json}, or every key at its
     * default when the folder has none. A missing {@code slug} is the folder's name made a slug ({@link #slugOf}).
     */
    public static CompetitionDefinition read(Path folder) {
        return DefinitionJson.read(folder);
    }

    /** The folder's {@code competition.json} exactly as written, as a server reads it: the file and its slug are required. */
    public static CompetitionDefinition readAsWritten(Path folder) {
        return DefinitionJson.readAsWritten(folder);
    }

    /** The definition in {@code json} (the bytes of a {@code competition.json}); {@code slug} is required. */
    public static CompetitionDefinition parse(byte[] json) {
        return DefinitionJson.parse(json, null);
    }

    /** Writes {@code folder/competition.json} (creating the folder) and returns the file. */
    public Path write(Path folder) {
        return DefinitionJson.write(this, folder);
    }

    /** This definition as the text of a {@code competition.json}; {@link #parse} reads it back as an equal record. */
    public byte[] toJson() {
        return DefinitionJson.toJson(this);
    }

    /** A slug made from a folder name: lower-cased, every run of other characters a '-', at most 63 characters. */
    public static String slugOf(String folderName) {
        String slug = folderName
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceFirst("^-+", "");
        slug = slug.substring(0, Math.min(slug.length(), 63));
        return slug.isEmpty() ? "competition" : slug;
    }

    /** The {@code build} object (a copy: records stay unchanged), or null. */
    @Override
    public JsonNode build() {
        return build == null ? null : build.deepCopy();
    }

    /** Whether {@code competition.json} names a metric. */
    public boolean metricDeclared() {
        return metric != null;
    }

    /**
     * The metric's name for a run whose task is {@code task} ({@value #CLASSIFICATION}, {@value #REGRESSION}, or null
     * when unknown): the declared metric, else {@value #DEFAULT_REGRESSION_METRIC} for a regression and
     * {@value #DEFAULT_METRIC} otherwise.
     */
    public String metricFor(String task) {
        if (task != null && !task.equals(CLASSIFICATION) && !task.equals(REGRESSION)) {
            throw new IllegalArgumentException(
                    "task must be " + CLASSIFICATION + ", " + REGRESSION + " or null: " + task);
        }
        if (metric != null) {
            return metric;
        }
        return REGRESSION.equals(task) ? DEFAULT_REGRESSION_METRIC : DEFAULT_METRIC;
    }

    /** The metric that scores a run whose task is {@code task} ({@link #metricFor}) with {@link #metricParams}. */
    public Metric createMetric(String task) {
        String name = metricFor(task);
        return create(
                name,
                metricParams,
                metric == null ? " ('" + name + "' is the default when no metric is declared)" : "");
    }

    /** Every file name this definition makes public: the standard ones, then {@code publicFiles}. */
    public List<String> publicFileNames() {
        List<String> names = new ArrayList<>(STANDARD_PUBLIC_FILES);
        names.addAll(publicFiles);
        return List.copyOf(names);
    }

    private static Metric create(String name, Map<String, String> params, String note) {
        try {
            return Metrics.create(name, params);
        } catch (ScoringException e) {
            throw InvalidDefinitionException.of(e.getMessage() + note);
        }
    }

    private static void requirePublicFileNames(List<String> publicFiles) {
        Set<String> seen = new HashSet<>(STANDARD_PUBLIC_FILES);
        for (String name : publicFiles) {
            try {
                PublicFileName.check(name);
            } catch (InvalidDefinitionException e) {
                throw InvalidDefinitionException.of("publicFiles: " + e.getMessage());
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("solution")) {
                throw InvalidDefinitionException.of(
                        "publicFiles: '" + name + "' starts with 'solution'; solution files are never public");
            }
            if (!seen.add(name)) {
                throw InvalidDefinitionException.of("publicFiles: '" + name + "' is listed twice (train.csv, test.csv"
                        + " and sample_submission.csv are public without being listed)");
            }
        }
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
