package pseudolab.server.submission;

import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Pattern;
import pseudolab.server.ServerException;

/**
 * An uploaded submission: content (read once), its size, the description (free text, never parsed for a
 * baseline or a strategy), the baseline flag, which only the host's admin token may set, and the strategy the
 * uploader declares (null when none: a hand-made CSV need not name one).
 */
public record Upload(InputStream content, long bytes, String description, boolean baseline, String strategy) {
    /** The longest strategy name accepted. */
    public static final int STRATEGY_LENGTH = 64;

    private static final Pattern STRATEGY = Pattern.compile("[A-Za-z0-9:-]{1," + STRATEGY_LENGTH + "}");

    public Upload {
        Objects.requireNonNull(content, "content");
        description = description == null ? "" : description.strip();
        strategy = strategy(strategy);
    }

    /**
     * A declared strategy, stripped; null for none (absent or blank); a 400 naming the value unless it is a short
     * name of letters, digits, '-' and ':'.
     */
    public static String strategy(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip();
        if (!STRATEGY.matcher(name).matches()) {
            throw new ServerException(
                    400,
                    "strategy '" + abbreviate(name) + "' must be a short name of letters,"
                            + " digits, '-' and ':' (at most " + STRATEGY_LENGTH + " characters), e.g. self-training");
        }
        return name;
    }

    /** An upload that names no strategy. */
    public Upload(InputStream content, long bytes, String description, boolean baseline) {
        this(content, bytes, description, baseline, null);
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) > STRATEGY_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, STRATEGY_LENGTH)) + "..."
                : text;
    }
}
