package pseudolab.server.submission;

import java.util.List;
import java.util.Map;
import pseudolab.server.competition.Competition;

/**
 * The public score a participant is shown for each of an entry's submissions: the Ladder's score after it, in a
 * competition whose public board is a ladder (so the submit answer and the own list cannot be used for probing).
 */
@FunctionalInterface
public interface ShownScores {
    /** Shown public score by submission id, for the submissions of one entry (one participant's regular ones). */
    Map<Long, Double> ladder(Competition competition, List<Submission> entry);
}
