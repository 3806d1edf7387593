package pseudolab.harness.learn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;

/**
 * A small residual network with batch normalisation: a 3x3 stem of {@code width} channels at full resolution, then
 * three stages of one basic block each ({@code width}, {@code 2 width}, {@code 4 width} channels; each halves the
 * resolution, 28 -> 14 -> 7 -> 4, with a 1x1 projection on its shortcut), global average pooling, dropout and the
 * output layer. Halving in the first stage too costs a little accuracy and saves half the time on 2 cores.
 *
 * <p>Convolutions start from {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}, PyTorch's default, not He's normal: each is
 * followed by batch normalisation, so their scale does not change the function, only how far a step of Adam (about
 * the learning rate per weight) moves it. He's weights are sqrt(6) times larger and trained the network that much
 * slower: 1.6 points private accuracy lower on the demo competition at 1,000 updates (docs/lab-notebook.md,
 * "Convolutions initialised as PyTorch's").
 */
public record ResNet(LearnerOptions options, ImageShape image, Task task) implements Learner {
    public ResNet {
        if (task == null) {
            task = Task.CLASSIFICATION;
        }
        if (image == null) {
            throw new HarnessException("--model resnet needs the image shape, e.g. --image 28x28x1");
        }
        if (image.width() < 8 || image.height() < 8) {
            throw new HarnessException("--model resnet needs images of at least 8x8, got " + image);
        }
    }

    @Override
    public Learner withOptions(LearnerOptions other) {
        return new ResNet(other, image, task);
    }

    @Override
    public String name() {
        return "resnet";
    }

    @Override
    public Network initialise(int features, int classes, long seed) {
        if (features != image.pixels()) {
            throw new HarnessException(
                    "image shape " + image + " needs " + image.pixels() + " features, got " + features);
        }
        int w = options.width();
        var g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(options.learningRate()))
                .weightInit(WeightInit.UNIFORM)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs("pixels")
                .setInputTypes(InputType.convolutionalFlat(image.height(), image.width(), image.channels()));
        String x = convBn(g, "stem", "pixels", w, 3, 1);
        g.addLayer("stem-relu", new ActivationLayer(Activation.RELU), x);
        x = block(g, "s1", "stem-relu", w, w, 2);
        x = block(g, "s2", x, w, 2 * w, 2);
        x = block(g, "s3", x, 2 * w, 4 * w, 2);
        g.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x);
        OutputLayer.Builder out = OutputLayers.forTask(task, classes).nIn(4 * w);
        if (options.dropout() > 0) {
            out.dropOut(1.0 - options.dropout());
        }
        g.addLayer("out", out.build(), "pool").setOutputs("out");
        ComputationGraphConfiguration conf = g.build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return new Network(net, options, image);
    }

    /** A basic block: conv-BN-ReLU-conv-BN plus the (projected) input, then ReLU; returns the output's name. */
    private static String block(
            ComputationGraphConfiguration.GraphBuilder g, String name, String in, int nIn, int nOut, int stride) {
        String a = convBn(g, name + "-a", in, nOut, 3, stride);
        g.addLayer(name + "-a-relu", new ActivationLayer(Activation.RELU), a);
        String b = convBn(g, name + "-b", name + "-a-relu", nOut, 3, 1);
        String shortcut = stride == 1 && nIn == nOut ? in : convBn(g, name + "-proj", in, nOut, 1, stride);
        g.addVertex(name + "-add", new ElementWiseVertex(ElementWiseVertex.Op.Add), b, shortcut);
        g.addLayer(name + "-relu", new ActivationLayer(Activation.RELU), name + "-add");
        return name + "-relu";
    }

    private static String convBn(
            ComputationGraphConfiguration.GraphBuilder g, String name, String in, int nOut, int kernel, int stride) {
        g.addLayer(
                name,
                new ConvolutionLayer.Builder(kernel, kernel)
                        .stride(stride, stride)
                        .nOut(nOut)
                        .hasBias(false)
                        .activation(Activation.IDENTITY)
                        .build(),
                in);
        g.addLayer(name + "-bn", new BatchNorm2d(), name);
        return name + "-bn";
    }
}
