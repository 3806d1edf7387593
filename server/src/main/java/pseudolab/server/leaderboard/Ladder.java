package pseudolab.server.leaderboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pseudolab.scoring.Usage;
import pseudolab.server.submission.Submission;

/**
 * Blum and Hardt's parameter-free Ladder ("The Ladder: A Reliable Leaderboard for Machine Learning Competitions",
 * 2015): going through an entry's submissions in the order they came, the shown public score changes only when a new
 * submission beats the shown one by more than the noise level of their difference, here the standard deviation of the
 * paired bootstrap's resampled difference on the public rows (the paper's s / sqrt(n) of the paired loss differences,
 * for any metric). Small wins that probing the public rows can buy are not shown.
 */
final class Ladder {
    private final BoardBootstrap bootstrap;
    private final boolean higherIsBetter;

    Ladder(BoardBootstrap bootstrap, boolean higherIsBetter) {
        this.bootstrap = bootstrap;
        this.higherIsBetter = higherIsBetter;
    }

    /** The submission whose public score the Ladder shows for an entry with these submissions; null when none scored. */
    Submission shown(List<Submission> entry) {
        Submission shown = null;
        for (Submission s : inOrder(entry)) {
            if (shown == null || beats(s, shown)) {
                shown = s;
            }
        }
        return shown;
    }

    /** The public score shown after each submission of the entry (by id): the Ladder's running score. */
    Map<Long, Double> history(List<Submission> entry) {
        Map<Long, Double> shownAfter = new HashMap<>();
        Submission shown = null;
        for (Submission s : inOrder(entry)) {
            if (shown == null || beats(s, shown)) {
                shown = s;
            }
            shownAfter.put(s.id(), shown.publicScore());
        }
        return shownAfter;
    }

    private static List<Submission> inOrder(List<Submission> entry) {
        return entry.stream()
                .filter(s -> s.publicScore() != null)
                .sorted(Comparator.comparingLong(Submission::submittedAt).thenComparingLong(Submission::id))
                .toList();
    }

    private boolean beats(Submission candidate, Submission shown) {
        double gain = higherIsBetter
                ? candidate.publicScore() - shown.publicScore()
                : shown.publicScore() - candidate.publicScore();
        return gain > 0 && gain > bootstrap.noise(Usage.PUBLIC, candidate, shown);
    }
}
