package pseudolab.scoring.bootstrap;

/**
 * A 95% percentile interval of a score difference (candidate minus reference, in the metric's units), the share of
 * resamples in which the candidate scored better (ties count one half), and the verdict: a gain when the whole
 * interval lies on the better side of zero, a loss when it lies on the worse side, else no clear difference.
 */
public record GainInterval(double low, double high, double winShare, Verdict verdict) {

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
