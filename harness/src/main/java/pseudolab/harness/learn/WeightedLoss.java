package pseudolab.harness.learn;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A loss whose per-row scores and gradients are multiplied by the batch's row weights (scikit-learn's
 * {@code sample_weight}). DL4J's labels mask cannot carry weights: it also multiplies the output layer's
 * pre-activations, so a row weighted 0.1 would be fitted through a softmax flattened tenfold. The weights of the
 * batch being fitted are handed over by {@link Network} just before each update; none means every row counts once.
 */
final class WeightedLoss implements ILossFunction {
    private static final long serialVersionUID = 1L;

    private final ILossFunction loss;
    private transient INDArray weights;

    WeightedLoss(ILossFunction loss) {
        this.loss = loss;
    }

    /** The [rows, 1] weights of the next batch, or null for unweighted rows. */
    void weights(INDArray batchWeights) {
        this.weights = batchWeights;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        INDArray scores = loss.computeScoreArray(labels, preOutput, activation, mask);
        return weights == null ? scores : scores.muli(weights.reshape(scores.shape()));
    }

    @Override
    public double computeScore(
            INDArray labels, INDArray preOutput, IActivation activation, INDArray mask, boolean average) {
        if (weights == null) {
            return loss.computeScore(labels, preOutput, activation, mask, average);
        }
        double sum = computeScoreArray(labels, preOutput, activation, mask)
                .sumNumber()
                .doubleValue();
        return average ? sum / preOutput.size(0) : sum;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        INDArray gradient = loss.computeGradient(labels, preOutput, activation, mask);
        return weights == null ? gradient : gradient.muliColumnVector(weights.reshape(weights.length(), 1));
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(
            INDArray labels, INDArray preOutput, IActivation activation, INDArray mask, boolean average) {
        return new Pair<>(
                computeScore(labels, preOutput, activation, mask, average),
                computeGradient(labels, preOutput, activation, mask));
    }

    @Override
    public String name() {
        return "weighted " + loss.name();
    }

    @Override
    public String toString() {
        return name();
    }
}
