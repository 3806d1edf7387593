package pseudolab.server.leaderboard;

import java.util.List;

/** Submissions grouped by strategy (from their descriptions), with gains over the no-PL group. */
public record Comparison(boolean closed, boolean higherIsBetter, String baseline, List<ComparisonRow> rows) {
    public Comparison {
        rows = List.copyOf(rows);
    }
}
