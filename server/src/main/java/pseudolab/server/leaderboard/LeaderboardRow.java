package pseudolab.server.leaderboard;

import java.time.Instant;

/** One line of a leaderboard: a participant's best counted score (baseline rows stand apart). */
public record LeaderboardRow(int rank, String participant, double score, int submissions, Instant lastSubmittedAt,
                             boolean baseline) {
}
