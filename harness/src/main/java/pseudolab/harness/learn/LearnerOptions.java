package pseudolab.harness.learn;

import pseudolab.harness.HarnessException;

/**
 * Training hyperparameters. {@code dropout} is the probability of DROPPING a unit (PyTorch's convention); the
 * learners translate it to DL4J's {@code dropOut(retain)} whose argument is the probability of keeping one.
 */
public record LearnerOptions(String model, int epochs, int batchSize, double learningRate, double dropout,
                             Augmentation augmentation) {
    public LearnerOptions {
        if (!"mlp".equals(model) && !"cnn".equals(model)) {
            throw new HarnessException("model must be mlp or cnn, got '" + model + "'");
        }
        if (epochs < 1 || epochs > 10_000) {
            throw new HarnessException("epochs must be 1..10000, got " + epochs);
        }
        if (batchSize < 1 || batchSize > 65_536) {
            throw new HarnessException("batch size must be 1..65536, got " + batchSize);
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new HarnessException("learning rate must be in (0, 10], got " + learningRate);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new HarnessException("dropout must be in [0, 1) (probability of dropping), got " + dropout);
        }
        if (augmentation == null) {
            augmentation = Augmentation.none();
        }
    }

    /** Defaults sized for 2 cores: mlp, 15 epochs, batch 128, Adam 1e-3, dropout 0.2, no augmentation. */
    public static LearnerOptions defaults() {
        return new LearnerOptions("mlp", 15, 128, 1e-3, 0.2, Augmentation.none());
    }

    public LearnerOptions withModel(String m) {
        return new LearnerOptions(m, epochs, batchSize, learningRate, dropout, augmentation);
    }

    public LearnerOptions withEpochs(int e) {
        return new LearnerOptions(model, e, batchSize, learningRate, dropout, augmentation);
    }

    public LearnerOptions withBatchSize(int b) {
        return new LearnerOptions(model, epochs, b, learningRate, dropout, augmentation);
    }

    public LearnerOptions withLearningRate(double lr) {
        return new LearnerOptions(model, epochs, batchSize, lr, dropout, augmentation);
    }

    public LearnerOptions withDropout(double p) {
        return new LearnerOptions(model, epochs, batchSize, learningRate, p, augmentation);
    }

    public LearnerOptions withAugmentation(Augmentation a) {
        return new LearnerOptions(model, epochs, batchSize, learningRate, dropout, a);
    }
}
