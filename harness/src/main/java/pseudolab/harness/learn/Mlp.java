package pseudolab.harness.learn;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;

/**
 * A multilayer perceptron: features -> 256 -> 128 -> classes (softmax), or -> 1 identity unit with squared error
 * for regression; ReLU, dropout before the second hidden and the output layer; {@code image} (may be null)
 * enables augmentation of pixel rows.
 */
public record Mlp(LearnerOptions options, ImageShape image, Task task) implements Learner {
    public Mlp {
        if (task == null) {
            task = Task.CLASSIFICATION;
        }
    }

    /** A classifier. */
    public Mlp(LearnerOptions options, ImageShape image) {
        this(options, image, Task.CLASSIFICATION);
    }

    @Override
    public Learner withOptions(LearnerOptions other) {
        return new Mlp(other, image, task);
    }

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public Network initialise(int features, int classes, long seed) {
        double retain = 1.0 - options.dropout();
        var builder = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(options.learningRate()))
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new DenseLayer.Builder()
                        .nIn(features)
                        .nOut(256)
                        .activation(Activation.RELU)
                        .build());
        DenseLayer.Builder second = new DenseLayer.Builder().nIn(256).nOut(128).activation(Activation.RELU);
        OutputLayer.Builder out = OutputLayers.forTask(task, classes).nIn(128);
        if (options.dropout() > 0) {
            second.dropOut(retain);
            out.dropOut(retain);
        }
        MultiLayerConfiguration conf =
                builder.layer(second.build()).layer(out.build()).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        ComputationGraph graph = net.toComputationGraph();
        Nd4j.getRandom().setSeed(seed); // the conversion re-seeds ND4J from the clock; dropout draws from it
        return new Network(graph, options, image);
    }
}
