package pseudolab.scoring.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scores of several prediction sets on the same bootstrap resamples ({@code scores[resample][set]}) and on the rows
 * themselves ({@code observed}); answers gain intervals, noise levels, rank ranges and tie groups from them.
 */
public final class Resampled {
    /** Below this win share against the entry after it, an entry ties with it. */
    public static final double TIE_WIN_SHARE = 0.95;

    private final boolean higherIsBetter;
    private final double[] observed;
    private final double[][] scores;
    private final long seed;

    Resampled(boolean higherIsBetter, double[] observed, double[][] scores, long seed) {
        this.higherIsBetter = higherIsBetter;
        this.observed = observed;
        this.scores = scores;
        this.seed = seed;
    }

    /** The score of set {@code j} on the rows themselves. */
    public double observed(int j) {
        return observed[j];
    }

    public int resamples() {
        return scores.length;
    }

    /** The interval of {@code candidate} minus {@code reference}, both single prediction sets. */
    public GainInterval gain(int candidate, int reference) {
        return gain(new int[] {candidate}, new int[] {reference});
    }

    /**
     * The interval of the mean score of the {@code candidates} minus that of the {@code references} (groups of
     * submissions, e.g. one per training seed). Each resample redraws the rows (shared by both groups) and, for a
     * group of several submissions, redraws its submissions with replacement, so the interval carries the spread
     * between seeds as well as the spread between rows. A group of one is used as it is: identical submissions
     * give exactly [0, 0].
     */
    public GainInterval gain(int[] candidates, int[] references) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] differences = new double[scores.length];
        int n = 0;
        double wins = 0;
        for (double[] resample : scores) {
            double d = groupMean(resample, candidates, random) - groupMean(resample, references, random);
            if (!Double.isNaN(d)) {
                differences[n++] = d;
                wins += d == 0 ? 0.5 : (d > 0) == higherIsBetter ? 1 : 0;
            }
        }
        double[] sorted = Arrays.copyOf(differences, n);
        Arrays.sort(sorted);
        return GainInterval.of(sorted, n == 0 ? Double.NaN : wins / n, higherIsBetter);
    }

    private static double groupMean(double[] resample, int[] group, SplittableRandom random) {
        if (group.length == 1) {
            return resample[group[0]];
        }
        double sum = 0;
        for (int i = 0; i < group.length; i++) {
            sum += resample[group[random.nextInt(group.length)]];
        }
        return sum / group.length;
    }

    /** The noise level of {@code candidate} minus {@code reference}: the standard deviation of the resampled difference. */
    public double noise(int candidate, int reference) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (double[] resample : scores) {
            double d = resample[candidate] - resample[reference];
            if (!Double.isNaN(d)) {
                sum += d;
                squares += d * d;
                n++;
            }
        }
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
    }

    /** The share of resamples in which {@code a} scored better than {@code b} (ties count one half). */
    public double winShare(int a, int b) {
        double wins = 0;
        int n = 0;
        for (double[] resample : scores) {
            double d = resample[a] - resample[b];
            if (!Double.isNaN(d)) {
                wins += d == 0 ? 0.5 : (d > 0) == higherIsBetter ? 1 : 0;
                n++;
            }
        }
        return n == 0 ? 0.5 : wins / n;
    }

    /**
     * Rank ranges and tie groups of a board whose entries are the sets {@code order} (best first). An entry starts a
     * new tie group unless the entry above it wins fewer than {@link #TIE_WIN_SHARE} of the resamples against it.
     * Ranks in one resample: from 1 + the number of entries strictly better to the number at least as good; the
     * range runs from the 2.5% quantile of the first to the 97.5% quantile of the second, widened to the tie group.
     */
    public List<RankRange> ranks(int[] order) {
        int m = order.length;
        int[] group = new int[m];
        int[] groupStart = new int[m + 1];
        int[] groupEnd = new int[m + 1];
        int g = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || winShare(order[i - 1], order[i]) >= TIE_WIN_SHARE) {
                groupStart[++g] = i;
            }
            group[i] = g;
            groupEnd[g] = i;
        }
        double[][] best = new double[m][scores.length];
        double[][] worst = new double[m][scores.length];
        int n = 0;
        for (double[] resample : scores) {
            if (Arrays.stream(order).anyMatch(j -> Double.isNaN(resample[j]))) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                int better = 0;
                int equal = 0;
                double s = resample[order[i]];
                for (int j : order) {
                    double t = resample[j];
                    if (t == s) {
                        equal++;
                    } else if ((t > s) == higherIsBetter) {
                        better++;
                    }
                }
                best[i][n] = better + 1;
                worst[i][n] = better + equal;
            }
            n++;
        }
        List<RankRange> ranges = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int low = groupStart[group[i]] + 1;
            int high = groupEnd[group[i]] + 1;
            if (n > 0) {
                double[] b = Arrays.copyOf(best[i], n);
                double[] w = Arrays.copyOf(worst[i], n);
                Arrays.sort(b);
                Arrays.sort(w);
                low = Math.min(low, (int) Math.floor(Quantiles.of(b, 0.025)));
                high = Math.max(high, (int) Math.ceil(Quantiles.of(w, 0.975)));
            }
            ranges.add(new RankRange(low, high, group[i]));
        }
        return ranges;
    }
}
