package pseudolab.harness.learn;

import java.util.Random;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import pseudolab.harness.data.ImageShape;

/**
 * A DL4J network being trained: epochs over a {@link TrainSet} shuffled by a permutation pulled into reused
 * float32 buffers (no per-batch copies), rows weighted through {@link WeightedLoss}, with optional image
 * augmentation; predicts in chunks.
 */
public final class Network implements Model {
    private static final int PREDICT_CHUNK = 2048;

    private final MultiLayerNetwork net;
    private final WeightedLoss loss;
    private final int batchSize;
    private final Augmenter augmenter;
    private INDArray bufX;
    private INDArray bufY;
    private INDArray bufW;

    Network(MultiLayerNetwork net, int batchSize, ImageShape image, Augmentation augmentation) {
        this.net = net;
        this.loss = (WeightedLoss) ((BaseOutputLayer) net.getOutputLayer().conf().getLayer()).getLossFn();
        this.batchSize = batchSize;
        this.augmenter = augmentation != null && augmentation.enabled() && image != null
                ? new Augmenter(image, augmentation) : null;
    }

    /** Trains {@code epochs} passes over {@code set}, shuffling with {@code rng}; calls {@code onEpoch} after each. */
    public void fit(TrainSet set, int epochs, Random rng, Runnable onEpoch) {
        for (int e = 0; e < epochs; e++) {
            epoch(set, rng);
            onEpoch.run();
        }
    }

    /** One pass over {@code set} in a random order. */
    public void epoch(TrainSet set, Random rng) {
        int n = set.size();
        if (n == 0) {
            return;
        }
        int[] perm = permutation(n, rng);
        if (bufX == null || bufX.rows() != n || bufX.columns() != set.features().columns()
                || bufY.columns() != set.targets().columns()) {
            bufX = Nd4j.create(DataType.FLOAT, n, set.features().columns());
            bufY = Nd4j.create(DataType.FLOAT, n, set.targets().columns());
            bufW = Nd4j.create(DataType.FLOAT, n, 1);
        }
        Nd4j.pullRows(set.features(), bufX, 1, perm);
        Nd4j.pullRows(set.targets(), bufY, 1, perm);
        Nd4j.pullRows(set.weights(), bufW, 1, perm);
        if (augmenter != null) {
            augmenter.apply(bufX, rng);
        }
        boolean weighted = set.weights().minNumber().floatValue() != 1f || set.weights().maxNumber().floatValue() != 1f;
        try {
            for (int start = 0; start < n; start += batchSize) {
                var rows = NDArrayIndex.interval(start, Math.min(n, start + batchSize));
                loss.weights(weighted ? bufW.get(rows, NDArrayIndex.all()) : null);
                net.fit(new DataSet(bufX.get(rows, NDArrayIndex.all()), bufY.get(rows, NDArrayIndex.all())));
            }
        } finally {
            loss.weights(null);
        }
    }

    @Override
    public INDArray predict(INDArray features) {
        long n = features.rows();
        if (n <= PREDICT_CHUNK) {
            return net.output(features, false);
        }
        INDArray out = null;
        for (long start = 0; start < n; start += PREDICT_CHUNK) {
            long end = Math.min(n, start + PREDICT_CHUNK);
            INDArray part = net.output(features.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()), false);
            if (out == null) {
                out = Nd4j.create(DataType.FLOAT, n, part.columns());
            }
            out.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(part);
        }
        return out;
    }

    /** Sets the learning rate for further training (e.g. fine-tuning after pretraining). */
    public void learningRate(double lr) {
        net.setLearningRate(lr);
    }

    /** A copy of the current weights as one flat vector (for tests and fingerprints). */
    public INDArray parameters() {
        return net.params().dup();
    }

    /** A short fingerprint of the current weights. */
    public String fingerprint() {
        float[] p = net.params().toFloatVector();
        long h = 1125899906842597L;
        for (float v : p) {
            h = 31 * h + Float.floatToIntBits(v);
        }
        return Long.toHexString(h);
    }

    private static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
