package pseudolab.harness.learn;

import pseudolab.harness.HarnessException;

/**
 * Training hyperparameters. {@code minUpdates} is a floor on the gradient updates of every training call, so
 * a model trained on the small labelled set alone gets as fair a budget as one trained on labelled plus
 * pseudolabelled rows (epochs alone would give it far fewer updates). {@code dropout} is the probability of DROPPING a unit (PyTorch's convention); the
 * learners translate it to DL4J's {@code dropOut(retain)} whose argument is the probability of keeping one.
 */
public record LearnerOptions(String model, int epochs, int batchSize, double learningRate, double dropout,
                             Augmentation augmentation, int minUpdates) {
    /** The default floor of gradient updates per training call. */
    public static final int DEFAULT_MIN_UPDATES = 500;

    public LearnerOptions(String model, int epochs, int batchSize, double learningRate, double dropout,
                          Augmentation augmentation) {
        this(model, epochs, batchSize, learningRate, dropout, augmentation, DEFAULT_MIN_UPDATES);
    }

    public LearnerOptions {
        if (minUpdates < 0 || minUpdates > 10_000_000) {
            throw new HarnessException("min updates must be 0..10000000, got " + minUpdates);
        }
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

    /** Epochs to train on {@code rows} rows: at least {@code requested}, and enough for {@code minUpdates} updates. */
    public int epochsFor(int rows, int requested) {
        int batchesPerEpoch = Math.max(1, (rows + batchSize - 1) / batchSize);
        return Math.max(requested, (minUpdates + batchesPerEpoch - 1) / batchesPerEpoch);
    }

    public LearnerOptions withMinUpdates(int updates) {
        return new LearnerOptions(model, epochs, batchSize, learningRate, dropout, augmentation, updates);
    }

    public LearnerOptions withModel(String m) {
        return new LearnerOptions(m, epochs, batchSize, learningRate, dropout, augmentation, minUpdates);
    }

    public LearnerOptions withEpochs(int e) {
        return new LearnerOptions(model, e, batchSize, learningRate, dropout, augmentation, minUpdates);
    }

    public LearnerOptions withBatchSize(int b) {
        return new LearnerOptions(model, epochs, b, learningRate, dropout, augmentation, minUpdates);
    }

    public LearnerOptions withLearningRate(double lr) {
        return new LearnerOptions(model, epochs, batchSize, lr, dropout, augmentation, minUpdates);
    }

    public LearnerOptions withDropout(double p) {
        return new LearnerOptions(model, epochs, batchSize, learningRate, p, augmentation, minUpdates);
    }

    public LearnerOptions withAugmentation(Augmentation a) {
        return new LearnerOptions(model, epochs, batchSize, learningRate, dropout, a, minUpdates);
    }
}
