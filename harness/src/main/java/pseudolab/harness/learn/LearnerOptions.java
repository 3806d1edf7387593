package pseudolab.harness.learn;

import java.util.Set;
import pseudolab.harness.HarnessException;

/**
 * Training hyperparameters. {@code minUpdates} is a floor on the gradient updates of every training call, so
 * a model trained on the small labelled set alone gets as fair a budget as one trained on labelled plus
 * pseudolabelled rows (epochs alone would give it far fewer updates). {@code dropout} is the probability of
 * DROPPING a unit (PyTorch's convention); the learners translate it to DL4J's {@code dropOut(retain)} whose argument
 * is the probability of keeping one. {@code width} scales the channels of {@code resnet} ({@code width},
 * {@code 2 width}, {@code 4 width}); {@code mixup} is the Beta parameter of mixup (0 = off), under which every
 * batch keeps at least {@code minLabelledShare} real labelled rows; {@code schedule} moves the learning rate over
 * each training call.
 */
public record LearnerOptions(
        String model,
        int epochs,
        int batchSize,
        double learningRate,
        double dropout,
        Augmentation augmentation,
        int minUpdates,
        int width,
        double mixup,
        double minLabelledShare,
        LrSchedule schedule) {
    /** The default floor of gradient updates per training call. */
    public static final int DEFAULT_MIN_UPDATES = 500;
    /** The default channel width of the residual network's first stage. */
    public static final int DEFAULT_WIDTH = 16;
    /** The default floor on labelled rows per batch under mixup (Arazo et al. 2020 used 16 of 100). */
    public static final double DEFAULT_MIN_LABELLED_SHARE = 0.16;
    /** The model names. */
    public static final Set<String> MODELS = Set.of("mlp", "cnn", "resnet");

    public LearnerOptions(
            String model,
            int epochs,
            int batchSize,
            double learningRate,
            double dropout,
            Augmentation augmentation,
            int minUpdates) {
        this(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                DEFAULT_WIDTH,
                0,
                DEFAULT_MIN_LABELLED_SHARE,
                LrSchedule.CONSTANT);
    }

    public LearnerOptions(
            String model, int epochs, int batchSize, double learningRate, double dropout, Augmentation augmentation) {
        this(model, epochs, batchSize, learningRate, dropout, augmentation, DEFAULT_MIN_UPDATES);
    }

    public LearnerOptions {
        if (minUpdates < 0 || minUpdates > 10_000_000) {
            throw new HarnessException("min updates must be 0..10000000, got " + minUpdates);
        }
        if (!MODELS.contains(model)) {
            throw new HarnessException("model must be mlp, cnn or resnet, got '" + model + "'");
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
        if (width < 1 || width > 512) {
            throw new HarnessException("--width must be 1..512, got " + width);
        }
        if (!(mixup >= 0 && mixup <= 10)) {
            throw new HarnessException("--mixup must be 0 (off) or an alpha in (0, 10], got " + mixup);
        }
        if (!(minLabelledShare >= 0 && minLabelledShare < 1)) {
            throw new HarnessException("--min-labelled-share must be in [0, 1), got " + minLabelledShare);
        }
        if (augmentation == null) {
            augmentation = Augmentation.none();
        }
        if (schedule == null) {
            schedule = LrSchedule.CONSTANT;
        }
    }

    /** Defaults sized for 2 cores: mlp, 15 epochs, batch 128, Adam 1e-3, dropout 0.2, no augmentation. */
    public static LearnerOptions defaults() {
        return new LearnerOptions("mlp", 15, 128, 1e-3, 0.2, Augmentation.none());
    }

    /** Epochs to train on {@code rows} rows: at least {@code requested}, and enough for {@code minUpdates} updates. */
    public int epochsFor(int rows, int requested) {
        return Math.max(requested, (minUpdates + batchesPerEpoch(rows) - 1) / batchesPerEpoch(rows));
    }

    /** Mini-batches in one pass over {@code rows} rows. */
    public int batchesPerEpoch(int rows) {
        return Math.max(1, (rows + batchSize - 1) / batchSize);
    }

    public LearnerOptions withMinUpdates(int updates) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                updates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withModel(String m) {
        return new LearnerOptions(
                m,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withEpochs(int e) {
        return new LearnerOptions(
                model,
                e,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withBatchSize(int b) {
        return new LearnerOptions(
                model,
                epochs,
                b,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withLearningRate(double lr) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                lr,
                dropout,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withDropout(double p) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                p,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withAugmentation(Augmentation a) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                a,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withWidth(int w) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                w,
                mixup,
                minLabelledShare,
                schedule);
    }

    public LearnerOptions withSchedule(LrSchedule s) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                s);
    }

    public LearnerOptions withMixup(double alpha, double share) {
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                augmentation,
                minUpdates,
                width,
                alpha,
                share,
                schedule);
    }
}
