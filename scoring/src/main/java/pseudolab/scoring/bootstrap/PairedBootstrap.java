package pseudolab.scoring.bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.metric.Resample;

/**
 * The paired bootstrap: draws {@code resamples} resamples of a split's rows with replacement (rows are images for the
 * per-image metrics, whose solution has one row per image) from a fixed {@code seed}, and scores every prediction set
 * on the same resamples, so differences between submissions keep their pairing. Works for any column metric, means or
 * not (AUC, kappa, macro F1, the mAPs), because the metric itself is recomputed on each resample.
 */
public record PairedBootstrap(int resamples, long seed) {
    public static final int DEFAULT_RESAMPLES = 1000;

    public PairedBootstrap {
        if (resamples < 1) {
            throw new ScoringException("the bootstrap needs at least 1 resample, not " + resamples);
        }
    }

    /** The default resample count with a seed derived from a name (such as a competition's slug). */
    public static PairedBootstrap seededBy(String name) {
        return seededBy(name, DEFAULT_RESAMPLES);
    }

    /** {@code resamples} resamples with a seed derived from a name (such as a competition's slug). */
    public static PairedBootstrap seededBy(String name, int resamples) {
        return new PairedBootstrap(resamples, name.hashCode());
    }

    /**
     * Every prediction set scored on {@code rows} and on each resample of them. A resample the metric cannot score
     * (AUC on a resample holding one class) counts as NaN and is left out of every figure.
     */
    public Resampled run(int[] rows, List<Predictions> predictions) {
        if (predictions.isEmpty()) {
            throw new ScoringException("the bootstrap needs at least one prediction set");
        }
        boolean higher = predictions.get(0).higherIsBetter();
        int k = predictions.size();
        double[] observed = new double[k];
        for (int j = 0; j < k; j++) {
            observed[j] = predictions.get(j).score(rows);
        }
        double[][] scores = new double[resamples][k];
        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = new int[rows.length];
        int[] counts = new int[Arrays.stream(rows).max().orElse(-1) + 1];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = rows[random.nextInt(rows.length)];
            }
            Resample resample = Resample.of(sample, counts);
            for (int j = 0; j < k; j++) {
                scores[b][j] = scoreOrNaN(predictions.get(j), resample);
            }
        }
        return new Resampled(higher, observed, scores, seed);
    }

    private static double scoreOrNaN(Predictions p, Resample resample) {
        try {
            return p.score(resample);
        } catch (ScoringException e) {
            return Double.NaN;
        }
    }
}
