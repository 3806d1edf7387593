package pseudolab.server.leaderboard;

import java.time.Instant;

/**
 * One line of a leaderboard: a participant's best counted score (baseline rows stand apart), with the ranks the entry
 * could hold ({@code rankLow}..{@code rankHigh}) and its tie group from the paired bootstrap of the board's split
 * (null when the split's rows cannot be resampled).
 */
public record LeaderboardRow(
        int rank,
        String participant,
        double score,
        int submissions,
        Instant lastSubmittedAt,
        boolean baseline,
        Integer rankLow,
        Integer rankHigh,
        Integer tieGroup) {}
