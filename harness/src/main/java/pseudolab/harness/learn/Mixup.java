package pseudolab.harness.learn;

import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mixup (Zhang et al. 2018) as used against confirmation bias by Arazo et al. 2020: each row of a batch becomes
 * {@code lambda * row + (1 - lambda) * partner}, features, target distributions and loss weights alike, with
 * {@code lambda ~ Beta(alpha, alpha)} folded to at least 0.5 so each row stays closest to itself.
 */
public record Mixup(double alpha) {
    public Mixup {
        if (!(alpha > 0 && alpha <= 10)) {
            throw new IllegalArgumentException("mixup alpha must be in (0, 10], got " + alpha);
        }
    }

    /** A mixing weight in [0.5, 1] drawn from Beta(alpha, alpha) with a generator seeded from {@code rng}. */
    public double drawLambda(Random rng) {
        JDKRandomGenerator g = new JDKRandomGenerator();
        g.setSeed(rng.nextLong());
        double lambda = new BetaDistribution(g, alpha, alpha).sample();
        return Math.max(lambda, 1 - lambda);
    }

    /** A new array whose row i is {@code lambda * rows[i] + (1 - lambda) * rows[partner[i]]}. */
    public static INDArray mix(INDArray rows, int[] partner, double lambda) {
        INDArray partners = Nd4j.pullRows(rows, 1, partner);
        return rows.mul(lambda).addi(partners.muli(1 - lambda));
    }
}
