package pseudolab.harness.learn;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Tabular views on standardised features. Weak: Gaussian noise of standard deviation 0.1. Strong: weak, then swap
 * noise (15% of the values replaced by the same feature of another row of the batch) and feature dropout (10% of the
 * values set to 0, the train mean).
 */
final class TabularAugmenter implements Augmenter {
    static final double WEAK_NOISE = 0.1;
    static final double SWAP_SHARE = 0.15;
    static final double DROP_SHARE = 0.10;

    private final DrawCounts drawn = new DrawCounts();

    @Override
    public Optional<INDArray> mirrored(INDArray rows) {
        return Optional.empty();
    }

    @Override
    public void apply(INDArray rows, Augmentation.Level level, Random rng) {
        if (level == Augmentation.Level.NONE) {
            return;
        }
        int n = (int) rows.rows();
        int d = (int) rows.columns();
        float[] in = rows.isView() ? rows.dup().data().asFloat() : rows.data().asFloat();
        float[] out = new float[in.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                float v = in[i * d + j];
                if (level == Augmentation.Level.STRONG) {
                    double u = rng.nextDouble();
                    if (u < SWAP_SHARE && n > 1) {
                        v = in[rng.nextInt(n) * d + j];
                        drawn.add("swap");
                    } else if (u < SWAP_SHARE + DROP_SHARE) {
                        v = 0f;
                        drawn.add("dropout");
                    }
                }
                out[i * d + j] = v + (float) (rng.nextGaussian() * WEAK_NOISE);
            }
            drawn.add("noise");
        }
        rows.assign(Nd4j.create(out, rows.shape()));
    }

    @Override
    public Map<String, Long> drawn() {
        return drawn.snapshot();
    }
}
