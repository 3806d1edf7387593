package pseudolab.harness.learn;

import static org.deeplearning4j.nn.params.BatchNormalizationParamInitializer.BETA;
import static org.deeplearning4j.nn.params.BatchNormalizationParamInitializer.GAMMA;
import static org.deeplearning4j.nn.params.BatchNormalizationParamInitializer.GLOBAL_LOG_STD;
import static org.deeplearning4j.nn.params.BatchNormalizationParamInitializer.GLOBAL_MEAN;
import static org.deeplearning4j.nn.params.BatchNormalizationParamInitializer.GLOBAL_VAR;

import java.nio.FloatBuffer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link BatchNorm2d}: per-channel statistics, normalisation and gradients of NCHW float32 activations
 * in two passes over each channel's contiguous planes, channels split over the cores. Running statistics move as in
 * DL4J's layer (through the gradients of the mean and log10 standard deviation, applied without an updater). Other
 * inputs (rank 2, NHWC, other types) go to DL4J's own implementation.
 */
final class BatchNorm2dLayer extends BatchNormalization {
    private float[] batchMean;
    private float[] batchVar;

    BatchNorm2dLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private org.deeplearning4j.nn.conf.layers.BatchNormalization settings() {
        return (org.deeplearning4j.nn.conf.layers.BatchNormalization) conf.getLayer();
    }

    private boolean handles(INDArray x) {
        var s = settings();
        return x.rank() == 4
                && x.dataType() == DataType.FLOAT
                && s.getCnn2DFormat() == CNN2DFormat.NCHW
                && !s.isLockGammaBeta();
    }

    @Override
    public INDArray preOutput(INDArray x, TrainingMode training, LayerWorkspaceMgr workspaceMgr) {
        if (!handles(x)) {
            batchMean = null;
            return super.preOutput(x, training, workspaceMgr);
        }
        int n = (int) x.size(0);
        int channels = (int) x.size(1);
        int plane = (int) (x.size(2) * x.size(3));
        float[] in = read(x);
        float[] gamma = getParam(GAMMA).toFloatVector();
        float[] beta = getParam(BETA).toFloatVector();
        float[] mean;
        float[] var;
        if (training == TrainingMode.TRAIN) {
            mean = new float[channels];
            var = new float[channels];
            eachChannel(channels, c -> moments(in, n, channels, plane, c, mean, var));
            batchMean = mean;
            batchVar = var;
        } else {
            mean = getParam(GLOBAL_MEAN).toFloatVector();
            var = globalVariance();
        }
        float[] out = new float[in.length];
        double eps = settings().getEps();
        eachChannel(channels, c -> {
            float scale = (float) (gamma[c] / Math.sqrt(var[c] + eps));
            float shift = beta[c] - mean[c] * scale;
            for (int i = 0; i < n; i++) {
                int from = (i * channels + c) * plane;
                for (int k = from; k < from + plane; k++) {
                    out[k] = in[k] * scale + shift;
                }
            }
        });
        return write(out, workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c'));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (!handles(input)) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        if (batchMean == null) {
            throw new IllegalStateException("backpropagation through " + layerId() + " before a training forward pass");
        }
        var s = settings();
        int n = (int) input.size(0);
        int channels = (int) input.size(1);
        int plane = (int) (input.size(2) * input.size(3));
        float[] in = read(input);
        float[] g = read(epsilon);
        float[] gamma = getParam(GAMMA).toFloatVector();
        float[] mean = batchMean;
        float[] var = batchVar;
        double eps = s.getEps();
        float[] dGamma = new float[channels];
        float[] dBeta = new float[channels];
        float[] out = new float[in.length];
        double count = (double) n * plane;
        eachChannel(channels, c -> {
            float inv = (float) (1.0 / Math.sqrt(var[c] + eps));
            float m = mean[c];
            double sumDy = 0;
            double sumDyX = 0;
            for (int i = 0; i < n; i++) {
                int from = (i * channels + c) * plane;
                sumDy += sum(g, from, plane);
                sumDyX += dot(g, in, from, plane);
            }
            double sumDyXhat = (sumDyX - m * sumDy) * inv;
            dBeta[c] = (float) sumDy;
            dGamma[c] = (float) sumDyXhat;
            float a = gamma[c] * inv;
            float meanDy = (float) (sumDy / count);
            float slope = (float) (sumDyXhat / count) * inv;
            for (int i = 0; i < n; i++) {
                int from = (i * channels + c) * plane;
                for (int k = from; k < from + plane; k++) {
                    out[k] = a * (g[k] - meanDy - (in[k] - m) * slope);
                }
            }
        });
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(GAMMA, fill(gradientViews.get(GAMMA), dGamma));
        gradient.setGradientFor(BETA, fill(gradientViews.get(BETA), dBeta));
        runningStatisticsGradients(gradient, s);
        INDArray dx = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, input.shape(), 'c');
        return new Pair<>(gradient, write(out, dx));
    }

    /**
     * DL4J moves the running statistics by subtracting these "gradients" (their updater is a no-op): the mean by
     * (1 - decay) of its distance to the batch mean, the variance likewise, kept as log10 of the standard deviation.
     */
    private void runningStatisticsGradients(Gradient gradient, org.deeplearning4j.nn.conf.layers.BatchNormalization s) {
        double decay = s.getDecay();
        float[] globalMean = getParam(GLOBAL_MEAN).toFloatVector();
        float[] dMean = new float[globalMean.length];
        for (int c = 0; c < dMean.length; c++) {
            dMean[c] = (float) ((globalMean[c] - batchMean[c]) * (1 - decay));
        }
        gradient.setGradientFor(GLOBAL_MEAN, fill(gradientViews.get(GLOBAL_MEAN), dMean));
        float[] globalVar = globalVariance();
        float[] dVar = new float[globalVar.length];
        for (int c = 0; c < dVar.length; c++) {
            double next = globalVar[c] * decay + batchVar[c] * (1 - decay);
            dVar[c] = s.isUseLogStd()
                    ? (float) (0.5 * Math.log10(globalVar[c] / next))
                    : (float) ((globalVar[c] - batchVar[c]) * (1 - decay));
        }
        String key = s.isUseLogStd() ? GLOBAL_LOG_STD : GLOBAL_VAR;
        gradient.setGradientFor(key, fill(gradientViews.get(key), dVar));
    }

    private float[] globalVariance() {
        if (!settings().isUseLogStd()) {
            return getParam(GLOBAL_VAR).toFloatVector();
        }
        float[] log10Std = getParam(GLOBAL_LOG_STD).toFloatVector();
        float[] var = new float[log10Std.length];
        for (int c = 0; c < var.length; c++) {
            var[c] = (float) Math.pow(10, 2.0 * log10Std[c]);
        }
        return var;
    }

    /** Mean and (population) variance of channel {@code c}, in two passes for accuracy. */
    private static void moments(float[] in, int n, int channels, int plane, int c, float[] mean, float[] var) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += sum(in, (i * channels + c) * plane, plane);
        }
        double count = (double) n * plane;
        float m = (float) (total / count);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += squaredDeviations(in, (i * channels + c) * plane, plane, m);
        }
        mean[c] = m;
        var[c] = (float) (squares / count);
    }

    // Four running sums: one float chain per element would wait on each addition.
    private static double sum(float[] a, int from, int length) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = from;
        for (int end = from + length - 3; k < end; k += 4) {
            s0 += a[k];
            s1 += a[k + 1];
            s2 += a[k + 2];
            s3 += a[k + 3];
        }
        for (; k < from + length; k++) {
            s0 += a[k];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private static double dot(float[] a, float[] b, int from, int length) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = from;
        for (int end = from + length - 3; k < end; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < from + length; k++) {
            s0 += a[k] * b[k];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private static double squaredDeviations(float[] a, int from, int length, float m) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = from;
        for (int end = from + length - 3; k < end; k += 4) {
            float d0 = a[k] - m, d1 = a[k + 1] - m, d2 = a[k + 2] - m, d3 = a[k + 3] - m;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; k < from + length; k++) {
            float d = a[k] - m;
            s0 += d * d;
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private static void eachChannel(int channels, IntConsumer body) {
        IntStream.range(0, channels).parallel().forEach(body);
    }

    /** The array's elements in C order, copied out of native memory in one block. */
    private static float[] read(INDArray x) {
        boolean plain = x.ordering() == 'c' && x.offset() == 0 && !x.isView() && x.elementWiseStride() == 1;
        INDArray source = plain ? x : x.dup('c');
        float[] values = new float[(int) source.length()];
        buffer(source).get(values);
        return values;
    }

    private static INDArray write(float[] values, INDArray target) {
        buffer(target).put(values);
        return target;
    }

    private static FloatBuffer buffer(INDArray x) {
        var pointer = new FloatPointer(x.data().addressPointer());
        return pointer.capacity(x.length()).limit(x.length()).asBuffer();
    }

    private static INDArray fill(INDArray view, float[] values) {
        view.assign(Nd4j.createFromArray(values).reshape(view.shape()));
        return view;
    }
}
