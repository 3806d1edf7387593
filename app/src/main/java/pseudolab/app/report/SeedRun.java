package pseudolab.app.report;

/** One strategy run with one seed, its scores on the Public and Private rows and its wall time. */
public record SeedRun(
        String strategy, long seed, double publicScore, double privateScore, String csv, double seconds) {}
