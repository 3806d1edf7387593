package pseudolab.harness.learn;

import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import pseudolab.harness.data.Task;

/** The output layer for a task: softmax with cross-entropy over the classes, or one identity unit with squared error; both weight rows by {@link WeightedLoss}. */
final class OutputLayers {
    private OutputLayers() {}

    static OutputLayer.Builder forTask(Task task, int classes) {
        if (task == Task.REGRESSION) {
            return new OutputLayer.Builder(new WeightedLoss(new LossMSE()))
                    .nOut(1)
                    .activation(Activation.IDENTITY)
                    .weightInit(WeightInit.XAVIER);
        }
        return new OutputLayer.Builder(new WeightedLoss(new LossMCXENT()))
                .nOut(classes)
                .activation(Activation.SOFTMAX)
                .weightInit(WeightInit.XAVIER);
    }
}
