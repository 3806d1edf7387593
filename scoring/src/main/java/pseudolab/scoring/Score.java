package pseudolab.scoring;

/**
 * The result of scoring one submission: the metric, its direction, the score over Public rows and over
 * Private rows (NaN when the solution has no rows of that kind), and the number of submission rows read.
 */
public record Score(String metric, boolean higherIsBetter, double publicScore, double privateScore, long rows) {}
