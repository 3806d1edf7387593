package pseudolab.server.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import pseudolab.scoring.InvalidSubmissionException;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Problem;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.Solution;
import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.scoring.competition.PublicFileName;
import pseudolab.server.ServerException;
import pseudolab.server.db.Database;

/**
 * Creates, finds, closes and lists competitions; keeps rows in memory when this process owns the database (SQLite),
 * reads them afresh when other instances share it (PostgreSQL).
 */
public final class CompetitionService {
    /** How old a file without a row must be before an instance sharing the storage folder deletes it at startup. */
    public static final Duration SHARED_LEFTOVER_AGE = Duration.ofHours(1);

    private final Database db;
    private final CompetitionStore store;
    private final ObjectMapper json;
    private final Clock clock;
    private final ClosingWork closingWork;
    private final ChangeListener listener;
    private final Map<String, Competition> bySlug = new ConcurrentHashMap<>();
    private final CompetitionDao reads;
    private final Runnable afterFilesPublished;

    public CompetitionService(
            Database db,
            CompetitionStore store,
            ObjectMapper json,
            Clock clock,
            ClosingWork closingWork,
            ChangeListener listener,
            Runnable afterFilesPublished) {
        this.afterFilesPublished = afterFilesPublished;
        this.db = db;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.closingWork = closingWork;
        this.listener = listener;
        this.reads = db.jdbi().onDemand(CompetitionDao.class);
    }

    /** The competition called {@code slug}, closed first if its deadline has passed; 404 if unknown. */
    public Competition current(String slug) {
        Competition c = remembered(slug)
                .or(() -> dao().findBySlug(slug))
                .orElseThrow(() -> new ServerException(404, "no competition '" + slug + "'"));
        bySlug.putIfAbsent(slug, c);
        return c.needsFinalizing(clock.instant()) ? finalizeClose(c, c.deadline()) : c;
    }

    private Optional<Competition> remembered(String slug) {
        return db.shared() ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }

    public boolean isClosed(Competition c) {
        return c.closedAt(clock.instant());
    }

    /** Creates a competition from its definition, solution and public files (all validated first). */
    public CompetitionView create(byte[] definitionJson, NewFile solution, List<NewFile> publicFiles) {
        CompetitionDefinition def = HostingRules.check(CompetitionDefinition.parse(definitionJson));
        if (dao().findBySlug(def.slug()).isPresent()) {
            throw new ServerException(409, "competition '" + def.slug() + "' exists already");
        }
        if (def.deadline() != null && !def.deadline().isAfter(clock.instant())) {
            throw new ServerException(
                    400,
                    "competition.json: deadline " + def.deadline() + " has passed already (now " + clock.instant()
                            + ")");
        }
        Metric metric = def.createMetric(def.task());
        Path staging = store.newStaging();
        try {
            CompetitionStore.save(solution.content(), staging.resolve("solution.csv"));
            requireScorable(def, metric, readSolution(staging.resolve("solution.csv")));
            for (NewFile file : publicFiles) {
                Path copy = staging.resolve("public").resolve(PublicFileName.check(file.name()));
                CompetitionStore.save(file.content(), copy);
                requireNotTheSolution(file.name(), copy, staging.resolve("solution.csv"));
            }
            store.publish(staging, def.slug());
        } catch (RuntimeException e) {
            CompetitionStore.deleteQuietly(staging);
            throw e;
        }
        Competition row;
        try {
            afterFilesPublished.run();
            row = db.write(h -> insert(h.attach(CompetitionDao.class), def, metric, publicFiles));
        } catch (RuntimeException e) {
            store.unpublish(def.slug());
            if (Database.isUniqueViolation(e)) {
                throw new ServerException(409, "competition '" + def.slug() + "' exists already");
            }
            throw e;
        }
        bySlug.put(row.slug(), row);
        return view(row.slug());
    }

    /** Refuses a public file whose bytes are the solution's (a copy under another name would publish it). */
    private static void requireNotTheSolution(String name, Path publicFile, Path solution) {
        try {
            if (Files.mismatch(publicFile, solution) == -1) {
                throw new ServerException(
                        400,
                        "public file '" + name + "' has the same bytes as the solution;"
                                + " the solution is never published");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the leftovers of creations and submissions a crash interrupted (files without a database row),
     * so that a retry succeeds; run once at startup, before the server takes requests. When other instances share
     * the database and the storage folder, only leftovers older than {@link #SHARED_LEFTOVER_AGE} go: younger ones may
     * be another instance's creation or submission in progress.
     */
    public List<String> reclaimLeftovers() {
        Set<String> slugs = dao().list().stream().map(Competition::slug).collect(Collectors.toSet());
        Instant before =
                db.shared() ? Instant.now().minus(SHARED_LEFTOVER_AGE) : Instant.MAX; // file times are wall-clock
        return store.reclaim(slugs, slug -> Set.copyOf(dao().submissionFiles(slug)), before);
    }

    /** Closes by hand (admin); auto-selects for participants who selected nothing. Idempotent. */
    public CompetitionView close(String slug) {
        Competition c = current(slug);
        if (c.closedAt() == null) {
            finalizeClose(c, clock.millis());
        }
        return view(slug);
    }

    public List<CompetitionView> list() {
        return dao().list().stream()
                .map(c -> current(c.slug()))
                .map(c -> CompetitionView.of(c, isClosed(c), dao().counts(c.id()), null))
                .toList();
    }

    public CompetitionView view(String slug) {
        Competition c = current(slug);
        List<CompetitionView.FileView> files = dao().files(c.id()).stream()
                .map(f -> new CompetitionView.FileView(
                        f.name(), f.bytes(), "/api/competitions/" + slug + "/files/" + f.name()))
                .toList();
        return CompetitionView.of(c, isClosed(c), dao().counts(c.id()), files);
    }

    /** The path of a listed public file; 404 for anything else (the solution is never listed). */
    public Path publicFile(String slug, String name) {
        Competition c = current(slug);
        boolean listed = dao().files(c.id()).stream().anyMatch(f -> f.name().equals(name));
        if (!listed) {
            throw new ServerException(404, "competition '" + slug + "' has no public file '" + name + "'");
        }
        return store.publicFile(slug, name);
    }

    private Competition finalizeClose(Competition c, long closedAt) {
        db.write(h -> {
            if (h.attach(CompetitionDao.class).close(c.id(), closedAt) == 1) {
                closingWork.onClose(h, c);
            }
            return null;
        });
        Competition closed = dao().findBySlug(c.slug()).orElseThrow();
        bySlug.put(c.slug(), closed);
        listener.changed(c.slug());
        return closed;
    }

    private Competition insert(CompetitionDao dao, CompetitionDefinition def, Metric metric, List<NewFile> files) {
        Competition row = new Competition(
                0,
                def.slug(),
                def.title(),
                def.description(),
                def.metric(),
                paramsJson(def.metricParams()),
                metric.higherIsBetter(),
                def.deadline() == null ? null : def.deadline().toEpochMilli(),
                def.dailyLimit(),
                def.finalSelections(),
                null,
                clock.millis(),
                0,
                def.publicBoard());
        long id = dao.insert(row);
        for (NewFile file : files) {
            dao.insertFile(
                    id,
                    file.name(),
                    store.publicFile(def.slug(), file.name()).toFile().length());
        }
        return dao.findBySlug(def.slug()).orElseThrow();
    }

    /**
     * Refuses a metric that cannot score this solution: it must read every solution row (columns, values) and, where
     * truth values are valid predictions, the solution's own targets must score as a submission.
     */
    private static void requireScorable(CompetitionDefinition def, Metric metric, Solution solution) {
        String refused = "competition.json: metric '" + def.metric() + "' cannot score solution.csv: ";
        try {
            new Scorer(metric).check(solution);
            if (metric.truthIsAPrediction()) {
                new Scorer(metric).selfScore(solution);
            }
        } catch (InvalidSubmissionException e) {
            throw new ServerException(
                    400,
                    refused
                            + e.problems().stream()
                                    .limit(3)
                                    .map(Problem::toString)
                                    .collect(Collectors.joining("; "))
                            + (e.problems().size() > 3 ? "; ..." : ""));
        } catch (ScoringException e) {
            throw new ServerException(400, refused + e.getMessage());
        }
    }

    private static Solution readSolution(Path path) {
        try {
            return Solution.read(path);
        } catch (ScoringException e) {
            throw new ServerException(400, "solution.csv: " + e.getMessage());
        }
    }

    private String paramsJson(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompetitionDao dao() {
        return reads;
    }
}
