package pseudolab.harness.learn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** An exponential moving average of a network's weights: after each update, {@code avg = decay * avg + (1 - decay) * w}. */
public final class EmaWeights {
    private final INDArray average;
    private final double decay;

    public EmaWeights(INDArray initial, double decay) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("EMA decay must be in (0, 1), got " + decay);
        }
        this.average = initial.dup();
        this.decay = decay;
    }

    /** Moves the average towards {@code current}. */
    public void update(INDArray current) {
        average.muli(decay).addi(current.mul(1 - decay));
    }

    /** The averaged weights (a live view; copy it to keep it). */
    public INDArray average() {
        return average;
    }
}
