package pseudolab.harness.learn;

import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import pseudolab.harness.data.ImageShape;

/**
 * A DL4J network being trained: epochs over a {@link TrainSet} in an order pulled into reused float32 buffers (no
 * per-batch copies), rows weighted through {@link WeightedLoss}, views perturbed by an {@link Augmenter}, optional
 * mixup with a floor on labelled rows per batch; single weighted steps for online strategies, an optional
 * exponential moving average of the weights; predicts in chunks, averaging each image with its mirror under
 * {@code --flip}.
 */
public final class Network implements Model {
    private static final int PREDICT_CHUNK = 2048;

    private final ComputationGraph net;
    private final WeightedLoss loss;
    private final LearnerOptions options;
    private final Augmenter augmenter;
    private EmaWeights ema;
    private double baseRate;
    private long steps;
    private INDArray bufX;
    private INDArray bufY;
    private INDArray bufW;

    Network(ComputationGraph net, LearnerOptions options, ImageShape image) {
        this.net = net;
        this.loss =
                (WeightedLoss) ((BaseOutputLayer) net.getOutputLayer(0).conf().getLayer()).getLossFn();
        this.options = options;
        this.augmenter = Augmenter.create(image, options.augmentation());
        this.baseRate = options.learningRate();
    }

    /** The DL4J graph, for tests in this package that look at single layers. */
    ComputationGraph graph() {
        return net;
    }

    /** Trains {@code epochs} passes over {@code set} at the options' augmentation; calls {@code onEpoch} after each. */
    public void fit(TrainSet set, int epochs, Random rng, Runnable onEpoch) {
        fit(set, epochs, rng, options.augmentation().level(), onEpoch);
    }

    /** Trains {@code epochs} passes over {@code set} with views at {@code level}, the rate following the schedule. */
    public void fit(TrainSet set, int epochs, Random rng, Augmentation.Level level, Runnable onEpoch) {
        for (int e = 0; e < epochs; e++) {
            epoch(set, rng, level, e / (double) epochs, (e + 1) / (double) epochs);
            onEpoch.run();
        }
        net.setLearningRate(baseRate);
    }

    /** One pass over {@code set} in a random order at the options' augmentation, as a whole training call. */
    public void epoch(TrainSet set, Random rng) {
        epoch(set, rng, 0, 1);
    }

    /** One pass over {@code set} in a random order at the options' augmentation, at the schedule's rate for epoch {@code e} of {@code epochs}. */
    public void epoch(TrainSet set, Random rng, int e, int epochs) {
        epoch(set, rng, options.augmentation().level(), e / (double) epochs, (e + 1) / (double) epochs);
    }

    /**
     * One pass over {@code set} in a random order (batches keep a share of labelled rows under mixup), views at
     * {@code level}; the rate follows the schedule from progress {@code from} to {@code to} of the training call.
     */
    public void epoch(TrainSet set, Random rng, Augmentation.Level level, double from, double to) {
        if (set.size() == 0) {
            return;
        }
        int[] order = options.mixup() > 0
                ? BatchOrder.withLabelledShare(
                        set.size(), set.labelledRows(), options.batchSize(), options.minLabelledShare(), rng)
                : BatchOrder.permutation(set.size(), rng);
        int n = order.length;
        if (bufX == null
                || bufX.rows() != n
                || bufX.columns() != set.features().columns()
                || bufY.columns() != set.targets().columns()) {
            bufX = Nd4j.create(DataType.FLOAT, n, set.features().columns());
            bufY = Nd4j.create(DataType.FLOAT, n, set.targets().columns());
            bufW = Nd4j.create(DataType.FLOAT, n, 1);
        }
        Nd4j.pullRows(set.features(), bufX, 1, order);
        Nd4j.pullRows(set.targets(), bufY, 1, order);
        Nd4j.pullRows(set.weights(), bufW, 1, order);
        augmenter.apply(bufX, level, rng);
        boolean weighted = options.mixup() > 0
                || set.weights().minNumber().floatValue() != 1f
                || set.weights().maxNumber().floatValue() != 1f;
        Mixup mixup = options.mixup() > 0 ? new Mixup(options.mixup()) : null;
        for (int start = 0; start < n; start += options.batchSize()) {
            if (options.schedule() != LrSchedule.CONSTANT) {
                net.setLearningRate(baseRate * options.schedule().factor(from + (to - from) * start / n));
            }
            var rows = NDArrayIndex.interval(start, Math.min(n, start + options.batchSize()));
            INDArray x = bufX.get(rows, NDArrayIndex.all());
            INDArray y = bufY.get(rows, NDArrayIndex.all());
            INDArray w = bufW.get(rows, NDArrayIndex.all());
            if (mixup != null) {
                int[] partner = BatchOrder.permutation((int) x.rows(), rng);
                double lambda = mixup.drawLambda(rng);
                x = Mixup.mix(x, partner, lambda);
                y = Mixup.mix(y, partner, lambda);
                w = Mixup.mix(w, partner, lambda);
            }
            step(x, y, weighted ? w : null);
        }
    }

    /** One update on a batch: rows, target distributions and [n, 1] loss weights (null: every row counts once). */
    public void step(INDArray x, INDArray y, INDArray weights) {
        try {
            loss.weights(weights);
            net.fit(new DataSet(x, y));
        } finally {
            loss.weights(null);
        }
        steps++;
        if (ema != null) {
            ema.update(net.params());
        }
    }

    /** Perturbs {@code rows} in place at {@code level} (the weak and strong views of online strategies). */
    public void augment(INDArray rows, Augmentation.Level level, Random rng) {
        augmenter.apply(rows, level, rng);
    }

    /** How many times each augmentation operation was drawn so far. */
    public Map<String, Long> augmentationsDrawn() {
        return augmenter.drawn();
    }

    /** Updates so far. */
    public long steps() {
        return steps;
    }

    /** From now on keeps an exponential moving average of the weights with {@code decay} per update. */
    public void averageWeights(double decay) {
        ema = new EmaWeights(net.params(), decay);
    }

    /**
     * The averaged weights' outputs on the rows as given (or the current weights' when no average is kept): one view,
     * no test-time flip, as the online strategies' targets take them.
     */
    public INDArray predictAveraged(INDArray features) {
        if (ema == null) {
            return output(features);
        }
        INDArray current = net.params().dup();
        net.setParams(ema.average());
        try {
            return output(features);
        } finally {
            net.setParams(current);
        }
    }

    /** Replaces the weights by their moving average (the model a strategy hands on), and stops averaging. */
    public void adoptAverage() {
        if (ema != null) {
            net.setParams(ema.average());
            ema = null;
        }
    }

    /**
     * Class probabilities (or values) for the rows; where the run flips images ({@code --flip}) the mean of each
     * image's and its mirror's (test-time augmentation over the one view the network was trained to treat alike).
     */
    @Override
    public INDArray predict(INDArray features) {
        INDArray own = output(features);
        return augmenter.mirrored(features).map(m -> own.add(output(m)).divi(2)).orElse(own);
    }

    /** The network's outputs on the rows exactly as given, in chunks. */
    private INDArray output(INDArray features) {
        if (features.rows() <= PREDICT_CHUNK) {
            return net.outputSingle(false, features);
        }
        return inChunks(features, part -> net.outputSingle(false, part));
    }

    /**
     * The rows' embeddings: the activations that feed the output layer (the pooled features of a CNN, the last hidden
     * layer of an MLP), in inference mode, one row per input row.
     */
    public INDArray embed(INDArray features) {
        String penultimate = net.getConfiguration()
                .getVertexInputs()
                .get(net.getConfiguration().getNetworkOutputs().get(0))
                .get(0);
        return inChunks(
                features, part -> net.feedForward(new INDArray[] {part}, false).get(penultimate));
    }

    /**
     * The rows' embeddings for a nearest-neighbour graph: where the run flips images ({@code --flip}), each row's
     * L2-normalised embedding plus its mirror image's, so that an image and its mirror sit at the same point; otherwise
     * {@link #embed}.
     */
    public INDArray graphEmbedding(INDArray features) {
        INDArray own = embed(features);
        return augmenter
                .mirrored(features)
                .map(m -> unitRows(own).addi(unitRows(embed(m))))
                .orElse(own);
    }

    /** {@code rows}, each scaled to unit length (a row of zeros stays zero). */
    public static INDArray unitRows(INDArray rows) {
        INDArray norms = Transforms.max(rows.norm2(1), 1e-12).reshape(rows.rows(), 1);
        return rows.divColumnVector(norms);
    }

    /** {@code f} applied to chunks of rows of {@code features}, the results stacked in one float array. */
    private static INDArray inChunks(INDArray features, UnaryOperator<INDArray> f) {
        long n = features.rows();
        INDArray out = null;
        for (long start = 0; start < n; start += PREDICT_CHUNK) {
            long end = Math.min(n, start + PREDICT_CHUNK);
            INDArray part = f.apply(features.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()));
            if (out == null) {
                out = Nd4j.create(DataType.FLOAT, n, part.columns());
            }
            out.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(part);
        }
        return out;
    }

    /** Sets the base learning rate for further training (fine-tuning, or a schedule applied step by step). */
    public void learningRate(double lr) {
        baseRate = lr;
        net.setLearningRate(lr);
    }

    /** A copy of the current weights as one flat vector (for tests and fingerprints). */
    public INDArray parameters() {
        return net.params().dup();
    }

    /** Number of trainable and statistics parameters. */
    public long size() {
        return net.numParams();
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
}
