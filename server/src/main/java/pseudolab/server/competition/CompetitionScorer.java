package pseudolab.server.competition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.Score;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.Solution;
import pseudolab.scoring.Usage;

/** Scores submissions with the scoring module, keeping each competition's solution and metric in memory. */
public final class CompetitionScorer {
    private record Prepared(Scorer scorer, Solution solution) {}

    static final String SAMPLE = "sample_submission.csv";

    private final CompetitionStore store;
    private final ObjectMapper json;
    private final Map<Long, Prepared> prepared = new ConcurrentHashMap<>();

    public CompetitionScorer(CompetitionStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** Scores a stored submission file; throws the scoring module's exceptions for invalid files. */
    public Score score(Competition competition, Path submission) {
        Prepared p = prepared.computeIfAbsent(competition.id(), id -> prepare(competition));
        return p.scorer().score(p.solution(), submission);
    }

    /**
     * A stored submission's predictions aligned with the solution's rows, for the paired bootstrap; they hold truth
     * values, so they never leave the server.
     */
    public Predictions predictions(Competition competition, String file) {
        Prepared p = prepared.computeIfAbsent(competition.id(), id -> prepare(competition));
        return p.scorer().predictions(p.solution(), store.submission(competition.slug(), file));
    }

    /** The solution's rows of one usage; their order is secret and stays on the server. */
    public int[] rows(Competition competition, Usage usage) {
        return prepared.computeIfAbsent(competition.id(), id -> prepare(competition))
                .solution()
                .rowsWith(usage);
    }

    private Prepared prepare(Competition competition) {
        try {
            Metric metric = Metrics.create(competition.metric(), params(competition.metricParams()));
            return new Prepared(
                    new Scorer(metric),
                    reportingOrder(
                            Solution.read(store.solution(competition.slug())),
                            store.publicFile(competition.slug(), SAMPLE)));
        } catch (ScoringException e) {
            // the stored solution was valid at creation; never echo its content to a participant
            throw new IllegalStateException("cannot prepare scoring for " + competition.slug(), e);
        }
    }

    /** Messages name missing ids in the order of sample_submission.csv when there is one, else in id order. */
    static Solution reportingOrder(Solution solution, Path sample) {
        if (!Files.isRegularFile(sample)) {
            return solution;
        }
        try (InputStream in = Files.newInputStream(sample)) {
            return solution.reportingInOrderOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sample, e);
        }
    }

    private Map<String, String> params(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metric parameters are not JSON", e);
        }
    }
}
