package pseudolab.server.submission;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import pseudolab.scoring.Score;
import pseudolab.server.ServerException;
import pseudolab.server.competition.ChangeListener;
import pseudolab.server.competition.Competition;
import pseudolab.server.competition.CompetitionDao;
import pseudolab.server.competition.CompetitionScorer;
import pseudolab.server.competition.CompetitionService;
import pseudolab.server.competition.CompetitionStore;
import pseudolab.server.db.Database;
import pseudolab.server.participant.Participant;

/**
 * Takes submissions: stores the file, scores it with the scoring module (outside any lock), then checks the
 * competition is still open, counts and inserts in one transaction that holds the competition's row, so the daily
 * limit stays exact under concurrency (across instances too) and nothing is stored after a close has committed.
 */
public final class SubmissionService {
    private final Database db;
    private final CompetitionService competitions;
    private final CompetitionStore store;
    private final CompetitionScorer scorer;
    private final Clock clock;
    private final ChangeListener listener;
    private final SubmissionDao reads;
    private final Runnable afterScoring;
    private final Runnable whileStoring;
    private final ShownScores shown;

    public SubmissionService(
            Database db,
            CompetitionService competitions,
            CompetitionStore store,
            CompetitionScorer scorer,
            Clock clock,
            ChangeListener listener,
            Runnable afterScoring,
            Runnable whileStoring,
            ShownScores shown) {
        this.afterScoring = afterScoring;
        this.whileStoring = whileStoring;
        this.shown = shown;
        this.db = db;
        this.competitions = competitions;
        this.store = store;
        this.scorer = scorer;
        this.clock = clock;
        this.listener = listener;
        this.reads = db.jdbi().onDemand(SubmissionDao.class);
    }

    /** Validates, scores and records a submission; 409 closed, 429 over the daily limit, 422 invalid. */
    public SubmissionView submit(Participant who, String slug, Upload upload) {
        Competition c = openCompetition(slug);
        long since = startOfUtcDay();
        requireUnderLimit(c, reads.countSince(c.id(), who.id(), since));
        Path file = store.newSubmission(slug);
        try {
            CompetitionStore.save(upload.content(), file);
            Score score = scorer.score(c, file);
            afterScoring.run();
            long id = db.write(h -> {
                requireOpen(
                        h, slug, "the competition closed while this submission was being scored; it was not counted");
                SubmissionDao dao = h.attach(SubmissionDao.class);
                requireUnderLimit(c, dao.countSince(c.id(), who.id(), since));
                whileStoring.run();
                return dao.insert(
                        c.id(),
                        who.id(),
                        upload.description(),
                        upload.strategy(),
                        file.getFileName().toString(),
                        clock.millis(),
                        finite(score.publicScore()),
                        finite(score.privateScore()),
                        upload.baseline());
            });
            listener.changed(slug);
            Submission stored = reads.find(c.id(), id).orElseThrow();
            return SubmissionView.of(stored, ladderScores(c, who).getOrDefault(id, stored.publicScore()));
        } catch (RuntimeException e) {
            CompetitionStore.deleteQuietly(file);
            throw e;
        }
    }

    /** The caller's own submissions; private scores only once the competition is closed. */
    public List<OwnSubmissionView> own(Participant who, String slug) {
        Competition c = competitions.current(slug);
        boolean closed = competitions.isClosed(c);
        Map<Long, Double> ladder = ladderScores(c, who);
        return reads.byParticipant(c.id(), who.id()).stream()
                .map(s -> OwnSubmissionView.of(s, closed, ladder.getOrDefault(s.id(), s.publicScore())))
                .toList();
    }

    /**
     * In a ladder competition, the public score shown after each of the participant's regular submissions (their
     * baselines are the host's and show their own scores); otherwise nothing, and every submission shows its score.
     */
    private Map<Long, Double> ladderScores(Competition c, Participant who) {
        if (!c.ladder()) {
            return Map.of();
        }
        return shown.ladder(
                c,
                reads.byParticipant(c.id(), who.id()).stream()
                        .filter(s -> !s.baseline())
                        .toList());
    }

    /** Marks one's own submission (not) selected for the private board; 409 beyond finalSelections or after close. */
    public SubmissionView select(Participant who, String slug, long id, boolean selected) {
        Competition c = competitions.current(slug);
        if (competitions.isClosed(c)) {
            throw new ServerException(409, "competition '" + slug + "' is closed; selections are final");
        }
        Submission s = reads.find(c.id(), id)
                .filter(x -> x.participantId() == who.id())
                .orElseThrow(() -> new ServerException(404, "you have no submission " + id + " in '" + slug + "'"));
        db.write(h -> {
            requireOpen(h, slug, "competition '" + slug + "' is closed; selections are final");
            SubmissionDao dao = h.attach(SubmissionDao.class);
            if (selected && dao.countSelectedExcept(c.id(), who.id(), id) >= c.finalSelections()) {
                throw new ServerException(
                        409, "at most " + c.finalSelections() + " submissions can be selected; unselect one first");
            }
            dao.setSelected(s.id(), selected);
            return null;
        });
        listener.changed(slug);
        Submission changed = reads.find(c.id(), id).orElseThrow();
        return SubmissionView.of(changed, ladderScores(c, who).getOrDefault(id, changed.publicScore()));
    }

    private Competition openCompetition(String slug) {
        Competition c = competitions.current(slug);
        if (competitions.isClosed(c)) {
            throw new ServerException(409, "competition '" + slug + "' is closed");
        }
        return c;
    }

    /**
     * Inside the storing transaction: once a close has committed, nothing changes the boards again. Locks the
     * competition's row (bumping its board version), so that counts and inserts of all instances take turns.
     */
    private void requireOpen(Handle h, String slug, String refusal) {
        CompetitionDao dao = h.attach(CompetitionDao.class);
        Competition now = dao.findBySlug(slug).orElseThrow();
        if (dao.lockOpenBoard(now.id()) == 0 || now.closedAt(clock.instant())) {
            throw new ServerException(409, refusal);
        }
    }

    private static void requireUnderLimit(Competition c, int today) {
        if (today >= c.dailyLimit()) {
            throw new ServerException(
                    429,
                    "daily limit of " + c.dailyLimit()
                            + " submissions reached (UTC day); try again after midnight UTC");
        }
    }

    private long startOfUtcDay() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .toEpochMilli();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
