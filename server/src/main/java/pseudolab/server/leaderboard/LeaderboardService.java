package pseudolab.server.leaderboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import pseudolab.scoring.Usage;
import pseudolab.server.ServerException;
import pseudolab.server.auth.Caller;
import pseudolab.server.competition.Competition;
import pseudolab.server.competition.CompetitionScorer;
import pseudolab.server.competition.CompetitionService;
import pseudolab.server.db.Database;
import pseudolab.server.submission.SubmissionDao;

/** Answers boards, the shake-up and the comparison from a cached snapshot; guards private data before close. */
public final class LeaderboardService {
    private final CompetitionService competitions;
    private final SubmissionDao submissions;
    private final CompetitionScorer scorer;
    private final LeaderboardCache cache;
    private final ObjectMapper json;
    private final int resamples;

    public LeaderboardService(
            Database db,
            CompetitionService competitions,
            CompetitionScorer scorer,
            LeaderboardCache cache,
            ObjectMapper json,
            int resamples) {
        this.json = json;
        this.resamples = resamples;
        this.scorer = scorer;
        this.competitions = competitions;
        this.submissions = db.jdbi().onDemand(SubmissionDao.class);
        this.cache = cache;
    }

    /**
     * The public or private board as JSON; the private one answers 403 before close unless the caller is the admin. In
     * ladder mode everyone but the admin gets the Ladder's public board.
     */
    public byte[] boardJson(String slug, String board, Caller caller) {
        Snapshot s = snapshot(slug);
        return isPrivate(board, s, caller) ? s.privateJson() : caller.admin() ? s.publicJson() : s.ladderJson();
    }

    public String csv(String slug, String board, Caller caller) {
        Snapshot s = snapshot(slug);
        return isPrivate(board, s, caller) ? s.privateCsv() : caller.admin() ? s.publicCsv() : s.ladderCsv();
    }

    /** The shake-up as JSON; 403 before close unless the caller is the admin. */
    public byte[] shakeupJson(String slug, Caller caller) {
        Snapshot s = snapshot(slug);
        if (!s.closed() && !caller.admin()) {
            throw new ServerException(403, "the shake-up is shown once the competition closes");
        }
        return s.shakeupJson();
    }

    /**
     * The strategy comparison as JSON (private columns only after close). In ladder mode it answers 403 before close
     * except to the admin: its per-strategy public means would show exact public scores that the Ladder withholds.
     */
    public byte[] comparisonJson(String slug, Caller caller) {
        Snapshot s = snapshot(slug);
        if (competitions.current(slug).ladder() && !s.closed() && !caller.admin()) {
            throw new ServerException(
                    403,
                    "this competition's public board is a ladder: the strategy comparison is"
                            + " shown once the competition closes");
        }
        return s.comparisonJson();
    }

    private static boolean isPrivate(String board, Snapshot s, Caller caller) {
        String name = board == null ? "public" : board;
        if (name.equals("public")) {
            return false;
        }
        if (!name.equals("private")) {
            throw new ServerException(400, "board must be public or private, not '" + abbreviate(name) + "'");
        }
        if (!s.closed() && !caller.admin()) {
            throw new ServerException(403, "the private leaderboard is shown once the competition closes");
        }
        return true;
    }

    private Snapshot snapshot(String slug) {
        Competition c = competitions.current(slug);
        boolean closed = competitions.isClosed(c);
        Snapshot s = cache.get(slug, c.boardVersion(), () -> compute(c, closed));
        return s.closed() == closed ? s : compute(c, closed);
    }

    private Snapshot compute(Competition c, boolean closed) {
        var all = submissions.byCompetition(c.id());
        BoardBootstrap bootstrap = new BoardBootstrap(scorer, c, all, resamples);
        Standings standings =
                new Standings(all, c.higherIsBetter(), c.ladder() ? new Ladder(bootstrap, c.higherIsBetter()) : null);
        Leaderboard pub = standings.board("public", closed, bootstrap.ranks(Usage.PUBLIC, standings.ranked("public")));
        Leaderboard priv =
                standings.board("private", closed, bootstrap.ranks(Usage.PRIVATE, standings.ranked("private")));
        Leaderboard ladder = c.ladder()
                ? standings.board("ladder", closed, bootstrap.ranks(Usage.PUBLIC, standings.ranked("ladder")))
                : pub;
        byte[] publicJson = render(pub);
        String publicCsv = LeaderboardCsv.render(pub);
        return new Snapshot(
                closed,
                publicJson,
                render(priv),
                render(standings.shakeup()),
                render(Strategies.compare(all, closed, c.higherIsBetter(), bootstrap)),
                publicCsv,
                LeaderboardCsv.render(priv),
                c.ladder() ? render(ladder) : publicJson,
                c.ladder() ? LeaderboardCsv.render(ladder) : publicCsv);
    }

    private byte[] render(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}
