package pseudolab.harness.learn;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;

/**
 * A LeNet-like network on flat pixel rows (channel planes one after another): conv 5x5x16, max-pool 2, conv
 * 5x5x32, max-pool 2, dense 128, softmax (or one identity unit with squared error for regression); dropout before
 * the dense and output layers.
 */
public record Cnn(LearnerOptions options, ImageShape image, Task task) implements Learner {
    /** A classifier. */
    public Cnn(LearnerOptions options, ImageShape image) {
        this(options, image, Task.CLASSIFICATION);
    }

    public Cnn {
        if (task == null) {
            task = Task.CLASSIFICATION;
        }
        if (image == null) {
            throw new HarnessException("--model cnn needs the image shape, e.g. --image 28x28x1");
        }
        if (image.width() < 12 || image.height() < 12) {
            throw new HarnessException("--model cnn needs images of at least 12x12, got " + image);
        }
    }

    @Override
    public Learner withOptions(LearnerOptions other) {
        return new Cnn(other, image, task);
    }

    @Override
    public String name() {
        return "cnn";
    }

    @Override
    public Network initialise(int features, int classes, long seed) {
        if (features != image.pixels()) {
            throw new HarnessException(
                    "image shape " + image + " needs " + image.pixels() + " features, got " + features);
        }
        double retain = 1.0 - options.dropout();
        DenseLayer.Builder dense = new DenseLayer.Builder().nOut(128).activation(Activation.RELU);
        OutputLayer.Builder out = OutputLayers.forTask(task, classes);
        if (options.dropout() > 0) {
            dense.dropOut(retain);
            out.dropOut(retain);
        }
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(options.learningRate()))
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5)
                        .nOut(16)
                        .activation(Activation.RELU)
                        .build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5)
                        .nOut(32)
                        .activation(Activation.RELU)
                        .build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(dense.build())
                .layer(out.build())
                .setInputType(InputType.convolutionalFlat(image.height(), image.width(), image.channels()))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        ComputationGraph graph = net.toComputationGraph();
        Nd4j.getRandom().setSeed(seed); // the conversion re-seeds ND4J from the clock; dropout draws from it
        return new Network(graph, options, image);
    }
}
