package pseudolab.scoring;

/**
 * Several scores of one technique (seeds, submissions) summarised: how many, their mean and their sample standard
 * deviation (n - 1; 0 for a single score). The mean of no scores is NaN.
 */
public record ScoreSpread(int count, double mean, double std) {

    /** The spread of {@code scores}. */
    public static ScoreSpread of(double[] scores) {
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        double mean = scores.length == 0 ? Double.NaN : sum / scores.length;
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        return new ScoreSpread(scores.length, mean, scores.length < 2 ? 0 : Math.sqrt(squares / (scores.length - 1)));
    }
}
