package pseudolab.harness;

import java.nio.file.Path;
import java.util.Map;
import pseudolab.harness.output.Provenance;

/**
 * What a run produced: the submission CSV, the provenance JSON beside it, the provenance itself, the
 * out-of-fold score (NaN with one fold), timings in seconds by phase, and the server's public score (null
 * when not submitted or not yet scored).
 */
public record RunResult(
        Path csv,
        Path provenanceJson,
        Provenance provenance,
        double oofScore,
        Map<String, Double> timings,
        Double publicScore) {
    public RunResult {
        timings = Map.copyOf(timings);
    }

    RunResult withPublicScore(Double score) {
        return new RunResult(csv, provenanceJson, provenance, oofScore, timings, score);
    }
}
