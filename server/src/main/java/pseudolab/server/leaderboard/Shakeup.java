package pseudolab.server.leaderboard;

import java.util.List;

/** The shake-up table, in private-board order. */
public record Shakeup(List<ShakeupRow> rows) {
    public Shakeup {
        rows = List.copyOf(rows);
    }
}
