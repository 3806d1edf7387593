package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** {@link BatchNorm2d} computes what DL4J's own batch normalisation computes, in training and in inference. */
class BatchNorm2dTest {
    private static final int N = 12;

    @Test
    void trainingStepsMatchDl4jsLayerInActivationsGradientsAndRunningStatistics() {
        NativeBackend.configure();
        ComputationGraph ours = network(BatchNorm2d::new);
        ComputationGraph theirs = network(() -> new BatchNormalization.Builder().build());
        assertThat(ours.getLayer("bn")).isInstanceOf(BatchNorm2dLayer.class);
        assertThat(theirs.getLayer("bn")).isNotInstanceOf(BatchNorm2dLayer.class);
        assertThat(ours.params()).isEqualTo(theirs.params());
        DataSet data = data(7);

        INDArray ourActivation = ours.feedForward(data.getFeatures(), true).get("bn");
        INDArray theirActivation = theirs.feedForward(data.getFeatures(), true).get("bn");
        assertClose(ourActivation, theirActivation);
        assertThat(ourActivation.std().getDouble(0)).as("not a constant").isGreaterThan(0.5);

        ours.setInputs(data.getFeatures());
        ours.setLabels(data.getLabels());
        ours.computeGradientAndScore();
        theirs.setInputs(data.getFeatures());
        theirs.setLabels(data.getLabels());
        theirs.computeGradientAndScore();
        for (String key : new String[] {"bn_gamma", "bn_beta", "conv_W", "out_W"}) {
            INDArray ourGradient = ours.gradient().getGradientFor(key);
            assertThat(ourGradient.norm2Number().doubleValue()).as(key).isGreaterThan(1e-6);
            assertClose(ourGradient, theirs.gradient().getGradientFor(key), 1e-3);
        }

        for (int step = 0; step < 5; step++) {
            DataSet batch = data(100 + step);
            ours.fit(batch);
            theirs.fit(batch);
        }
        INDArray runningMean = ours.getLayer("bn").getParam("mean");
        assertThat(runningMean.maxNumber().doubleValue())
                .as("running mean moved")
                .isGreaterThan(0.1);
        assertClose(runningMean, theirs.getLayer("bn").getParam("mean"));
        assertClose(
                ours.getLayer("bn").getParam("log10stdev"),
                theirs.getLayer("bn").getParam("log10stdev"));
        assertClose(ours.params(), theirs.params());
        DataSet test = data(999);
        assertClose(ours.outputSingle(test.getFeatures()), theirs.outputSingle(test.getFeatures()));
    }

    @Test
    void inferenceUsesTheRunningStatisticsNotTheBatch() {
        NativeBackend.configure();
        ComputationGraph net = network(BatchNorm2d::new);
        INDArray x = data(3).getFeatures();
        INDArray whole = net.outputSingle(x);
        INDArray firstRow = net.outputSingle(x.getRow(0, true));
        assertClose(firstRow, whole.getRow(0, true));
    }

    private static ComputationGraph network(Supplier<Layer> bn) {
        var conf = new NeuralNetConfiguration.Builder()
                .seed(42)
                .dataType(DataType.FLOAT)
                .updater(new Sgd(0.1))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs("x")
                .setInputTypes(InputType.convolutionalFlat(6, 5, 2))
                .addLayer(
                        "conv",
                        new ConvolutionLayer.Builder(3, 3)
                                .nOut(4)
                                .activation(Activation.IDENTITY)
                                .build(),
                        "x")
                .addLayer("bn", bn.get(), "conv")
                .addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "bn")
                .addLayer(
                        "out",
                        new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                                .nOut(3)
                                .activation(Activation.SOFTMAX)
                                .build(),
                        "pool")
                .setOutputs("out")
                .build();
        var net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    /** Rows of 6x5x2 pixels shifted and scaled so that the batch statistics are far from 0 and 1. */
    private static DataSet data(long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(DataType.FLOAT, N, 60).muli(3).addi(2);
        INDArray y = Nd4j.zeros(DataType.FLOAT, N, 3);
        for (int i = 0; i < N; i++) {
            y.putScalar(i, i % 3, 1);
        }
        return new DataSet(x, y);
    }

    private static void assertClose(INDArray actual, INDArray expected) {
        assertClose(actual, expected, 2e-4);
    }

    /** Within {@code tolerance} of the largest expected magnitude: float32 sums in another order differ that much. */
    private static void assertClose(INDArray actual, INDArray expected, double tolerance) {
        assertThat(actual.shape()).isEqualTo(expected.shape());
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double error = actual.sub(expected).amaxNumber().doubleValue();
        assertThat(error).as("largest difference, relative to %s", scale).isLessThan(tolerance * scale);
    }
}
