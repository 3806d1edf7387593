package pseudolab.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pseudolab.server.OwnerOnly;
import pseudolab.server.auth.Authenticator;
import pseudolab.server.auth.Tokens;
import pseudolab.server.competition.CompetitionController;
import pseudolab.server.competition.CompetitionScorer;
import pseudolab.server.competition.CompetitionService;
import pseudolab.server.competition.CompetitionStore;
import pseudolab.server.db.Database;
import pseudolab.server.leaderboard.LadderScores;
import pseudolab.server.leaderboard.LeaderboardCache;
import pseudolab.server.leaderboard.LeaderboardController;
import pseudolab.server.leaderboard.LeaderboardService;
import pseudolab.server.participant.ParticipantController;
import pseudolab.server.participant.ParticipantDao;
import pseudolab.server.participant.ParticipantService;
import pseudolab.server.ratelimit.AddressLimiter;
import pseudolab.server.submission.AutoSelection;
import pseudolab.server.submission.SubmissionController;
import pseudolab.server.submission.SubmissionService;
import pseudolab.server.web.PageController;

/** Builds the whole server (database, services, routes) as a configured, not yet started Javalin. */
public final class ServerApp {
    /** Competition uploads (train/test files) may be much larger than a submission. */
    private static final long MAX_ADMIN_UPLOAD_MB = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);

    private ServerApp() {}

    public static Javalin create(ServerConfig config) {
        return create(config, Pauses.NONE);
    }

    /** The server with test pauses at its racy points (see {@link Pauses}). */
    public static Javalin create(ServerConfig config, Pauses pauses) {
        createHome(config);
        ObjectMapper json = Json.mapper();
        Database db = config.database() == null
                ? Database.open(config.home().resolve("pseudolab.db"))
                : Database.open(config.database());
        OwnerOnly.tree(config.home()); // the database (with its -wal/-shm), solutions and uploads: 0600 in 0700 folders
        CompetitionStore store = new CompetitionStore(config.home());
        LeaderboardCache cache = new LeaderboardCache();
        Authenticator auth = new Authenticator(
                config.adminToken(),
                db.jdbi().onDemand(ParticipantDao.class),
                new AddressLimiter("unknown tokens", config.limits().failedTokensPerHour(), config.clock()));
        CompetitionService competitions = new CompetitionService(
                db, store, json, config.clock(), new AutoSelection(), cache, pauses.afterFilesPublished());
        competitions
                .reclaimLeftovers()
                .forEach(left -> LOG.warn(
                        "deleted {}: left by an interrupted creation or" + " submission (no database row)", left));
        CompetitionScorer scorer = new CompetitionScorer(store, json);
        var competitionApi = new CompetitionController(competitions, auth);
        var participantApi = new ParticipantController(
                new ParticipantService(db, new Tokens(), config.clock(), config.closedRegistration()),
                auth,
                new AddressLimiter("registrations", config.limits().registrationsPerHour(), config.clock()));
        var submissionApi = new SubmissionController(
                new SubmissionService(
                        db,
                        competitions,
                        store,
                        scorer,
                        config.clock(),
                        cache,
                        pauses.afterScoring(),
                        pauses.whileStoring(),
                        new LadderScores(scorer, config.bootstrapResamples())),
                auth,
                db.jdbi().onDemand(ParticipantDao.class),
                config.maxUploadBytes());
        var leaderboardApi = new LeaderboardController(
                new LeaderboardService(db, competitions, scorer, cache, json, config.bootstrapResamples()), auth);
        var pages = new PageController();
        ErrorMapper errors = new ErrorMapper();

        return Javalin.create(cfg -> {
            configure(cfg, json);
            JettyHandlers.install(cfg, config.limits());
            cfg.events.serverStopped(db::close);
            cfg.routes.exception(Exception.class, errors::handle);
            getAndHead(cfg, "/competitions/{slug}", pages::competition);
            getAndHead(cfg, "/api/competitions", competitionApi::list);
            cfg.routes.post("/api/competitions", competitionApi::create);
            getAndHead(cfg, "/api/competitions/{slug}", competitionApi::get);
            cfg.routes.post("/api/competitions/{slug}/close", competitionApi::close);
            getAndHead(cfg, "/api/competitions/{slug}/files/{name}", competitionApi::file);
            cfg.routes.post("/api/participants", participantApi::register);
            cfg.routes.post("/api/competitions/{slug}/submissions", submissionApi::submit);
            getAndHead(cfg, "/api/competitions/{slug}/submissions", submissionApi::own);
            cfg.routes.put("/api/competitions/{slug}/submissions/{id}/selected", submissionApi::select);
            getAndHead(cfg, "/api/competitions/{slug}/leaderboard", leaderboardApi::json);
            getAndHead(cfg, "/api/competitions/{slug}/leaderboard.csv", leaderboardApi::csv);
            getAndHead(cfg, "/api/competitions/{slug}/shakeup", leaderboardApi::shakeup);
            getAndHead(cfg, "/api/competitions/{slug}/comparison", leaderboardApi::comparison);
        });
    }

    /** A GET route, and HEAD on the same path answered by the same handler (Jetty sends no body for HEAD). */
    private static void getAndHead(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.get(path, handler);
        cfg.routes.head(path, handler);
    }

    private static void configure(JavalinConfig cfg, ObjectMapper json) {
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.startup.showJavalinBanner = false;
        cfg.jetty.multipartConfig.maxFileSize(MAX_ADMIN_UPLOAD_MB, SizeUnit.MB);
        cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_ADMIN_UPLOAD_MB, SizeUnit.MB);
        cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        cfg.staticFiles.enableWebjars();
        if (ServerApp.class.getClassLoader().getResource("web/") != null) {
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        }
    }

    private static void createHome(ServerConfig config) {
        OwnerOnly.folder(config.home());
    }
}
