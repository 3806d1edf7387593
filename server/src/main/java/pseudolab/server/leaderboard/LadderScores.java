package pseudolab.server.leaderboard;

import java.util.List;
import java.util.Map;
import pseudolab.server.competition.Competition;
import pseudolab.server.competition.CompetitionScorer;
import pseudolab.server.submission.ShownScores;
import pseudolab.server.submission.Submission;

/**
 * The Ladder's running public score for one entry's submissions, with the same seeded bootstrap as the board (a
 * submission's resampled scores do not depend on the other submissions resampled with it, so both agree).
 */
public final class LadderScores implements ShownScores {
    private final CompetitionScorer scorer;
    private final int resamples;

    public LadderScores(CompetitionScorer scorer, int resamples) {
        this.scorer = scorer;
        this.resamples = resamples;
    }

    @Override
    public Map<Long, Double> ladder(Competition competition, List<Submission> entry) {
        return new Ladder(new BoardBootstrap(scorer, competition, entry, resamples), competition.higherIsBetter())
                .history(entry);
    }
}
