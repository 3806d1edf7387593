package pseudolab.server.leaderboard;

import java.util.List;

/** A public or private leaderboard as the API answers it. */
public record Leaderboard(String board, boolean closed, boolean higherIsBetter, List<LeaderboardRow> rows) {
    public Leaderboard {
        rows = List.copyOf(rows);
    }
}
