package pseudolab.server.leaderboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.Usage;
import pseudolab.scoring.bootstrap.GainInterval;
import pseudolab.scoring.bootstrap.PairedBootstrap;
import pseudolab.scoring.bootstrap.RankRange;
import pseudolab.scoring.bootstrap.Resampled;
import pseudolab.server.competition.Competition;
import pseudolab.server.competition.CompetitionScorer;
import pseudolab.server.submission.Submission;

/**
 * The paired bootstrap over one competition's stored submissions, run at most once per split (Public rows for the
 * public figures, Private rows for the private ones, so public figures depend on nothing private). The seed comes from
 * the competition's slug, so the same submissions always give the same intervals.
 */
final class BoardBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(BoardBootstrap.class);

    private record Run(Resampled resampled, Map<Long, Integer> index) {
        int[] of(List<Submission> submissions) {
            return submissions.stream().mapToInt(s -> index.get(s.id())).toArray();
        }
    }

    private final CompetitionScorer scorer;
    private final Competition competition;
    private final List<Submission> submissions;
    private final PairedBootstrap bootstrap;
    private final Map<Usage, Optional<Run>> runs = new EnumMap<>(Usage.class);

    BoardBootstrap(CompetitionScorer scorer, Competition competition, List<Submission> submissions, int resamples) {
        this.scorer = scorer;
        this.competition = competition;
        this.submissions = List.copyOf(submissions);
        this.bootstrap = PairedBootstrap.seededBy(competition.slug(), resamples);
    }

    /** Rank ranges and tie groups of a board whose entries' counted submissions are {@code ranked}, best first. */
    List<RankRange> ranks(Usage usage, List<Submission> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        return run(usage).map(r -> r.resampled().ranks(r.of(ranked))).orElse(null);
    }

    /** The interval of the mean score of {@code group} minus that of {@code base}; null when it cannot be computed. */
    GainInterval gain(Usage usage, List<Submission> group, List<Submission> base) {
        return run(usage).map(r -> r.resampled().gain(r.of(group), r.of(base))).orElse(null);
    }

    /**
     * The noise level of {@code a} minus {@code b}: the standard deviation of their resampled difference; 0 when the
     * split cannot be resampled (the Ladder then shows every improvement).
     */
    double noise(Usage usage, Submission a, Submission b) {
        return run(usage)
                .map(r -> r.resampled().noise(r.index().get(a.id()), r.index().get(b.id())))
                .orElse(0.0);
    }

    private Optional<Run> run(Usage usage) {
        return runs.computeIfAbsent(usage, this::compute);
    }

    private Optional<Run> compute(Usage usage) {
        int[] rows = scorer.rows(competition, usage);
        List<Submission> scored = submissions.stream()
                .filter(s -> (usage == Usage.PUBLIC ? s.publicScore() : s.privateScore()) != null)
                .toList();
        if (rows.length == 0 || scored.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Predictions> predictions = new ArrayList<>(scored.size());
            Map<Long, Integer> index = new HashMap<>();
            for (Submission s : scored) {
                index.put(s.id(), predictions.size());
                predictions.add(scorer.predictions(competition, s.file()));
            }
            return Optional.of(new Run(bootstrap.run(rows, predictions), index));
        } catch (RuntimeException e) {
            // a stored submission that no longer reads: the board is still shown, without intervals
            LOG.warn("no bootstrap for {} ({}): {}", competition.slug(), usage.label(), e.toString());
            return Optional.empty();
        }
    }
}
