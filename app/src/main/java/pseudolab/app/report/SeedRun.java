package pseudolab.app.report;

/** One strategy run with one seed and its scores on the Public and Private rows. */
public record SeedRun(String strategy, long seed, double publicScore, double privateScore, String csv) {
}
