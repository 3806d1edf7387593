package pseudolab.server.competition;

import java.time.Instant;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * A stored competition row; times are epoch milliseconds, {@code deadline} and {@code closedAt} may be null;
 * {@code boardVersion} grows with every change to its boards (see the V3 migration); {@code publicBoard} is
 * "plain" or "ladder".
 */
public record Competition(
        long id,
        String slug,
        String title,
        String description,
        String metric,
        String metricParams,
        boolean higherIsBetter,
        Long deadline,
        int dailyLimit,
        int finalSelections,
        Long closedAt,
        long createdAt,
        long boardVersion,
        String publicBoard) {

    /** Whether participants see the Ladder's public scores instead of their best public scores. */
    public boolean ladder() {
        return CompetitionDefinition.LADDER.equals(publicBoard);
    }

    /** Whether no more submissions are taken at {@code now}: closed by the host or past the deadline. */
    public boolean closedAt(Instant now) {
        return closedAt != null || (deadline != null && now.toEpochMilli() >= deadline);
    }

    /** Whether the deadline has passed but the closing work (auto-selection) has not run yet. */
    public boolean needsFinalizing(Instant now) {
        return closedAt == null && deadline != null && now.toEpochMilli() >= deadline;
    }
}
