package pseudolab.server.leaderboard;

import java.util.List;

/**
 * Submissions grouped by their declared strategy (the submission's {@code strategy} field, never its description),
 * with gains over the no-PL group; {@code withoutStrategy} counts the scored submissions that declared none and so
 * are in no row.
 */
public record Comparison(
        boolean closed, boolean higherIsBetter, String baseline, List<ComparisonRow> rows, int withoutStrategy) {
    public Comparison {
        rows = List.copyOf(rows);
    }
}
