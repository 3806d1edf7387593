package pseudolab.scoring.bootstrap;

/**
 * A 95% percentile interval of a score difference (candidate minus reference, in the metric's units), the share of
 * resamples in which the candidate scored better (ties count one half), and the verdict: a gain when the whole
 * interval lies on the better side of zero, a loss when it lies on the worse side, else no clear difference.
 */
public record GainInterval(double low, double high, double winShare, Verdict verdict) {

    /** The interval in words, as the page and the report write it: {@code +0.0012 to +0.0061 · gain (wins 99% of resamples)}. */
    public String text() {
        return String.format(
                java.util.Locale.ROOT,
                "%+.4f to %+.4f · %s (wins %d%% of resamples)",
                low,
                high,
                verdict,
                Math.round(winShare * 100));
    }

    /** The interval of the sorted differences {@code sorted} with its win share, for a metric of this direction. */
    static GainInterval of(double[] sorted, double winShare, boolean higherIsBetter) {
        double low = Quantiles.of(sorted, 0.025);
        double high = Quantiles.of(sorted, 0.975);
        double better = higherIsBetter ? low : -high;
        double worse = higherIsBetter ? high : -low;
        Verdict verdict = better > 0 ? Verdict.GAIN : worse < 0 ? Verdict.LOSS : Verdict.NO_CLEAR_DIFFERENCE;
        return new GainInterval(low, high, winShare, verdict);
    }
}
