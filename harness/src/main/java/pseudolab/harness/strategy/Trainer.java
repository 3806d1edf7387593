package pseudolab.harness.strategy;

import java.util.Random;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.Learner;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.TrainSet;
import pseudolab.harness.progress.Progress;

/**
 * Makes the fold networks (freshly initialised, seeded by the run's seed, fold, round and stage) and trains them
 * with progress and the epoch budget, recording each model in the run's record.
 */
public final class Trainer {
    private final Learner learner;
    private final Folds folds;
    private final int features;
    private final int outputs;
    private final long seed;
    private final Progress progress;
    private final RunRecord record;

    /** {@code outputs}: the number of classes, or 1 for a regression. */
    public Trainer(
            Learner learner, Folds folds, int features, int outputs, long seed, Progress progress, RunRecord record) {
        this.learner = learner;
        this.folds = folds;
        this.features = features;
        this.outputs = outputs;
        this.seed = seed;
        this.progress = progress;
        this.record = record;
    }

    /** The run's epoch budget per training. */
    public int epochs() {
        return learner.options().epochs();
    }

    /** Epochs a model trained on {@code set} alone gets: the epoch budget, or more to reach the minimum updates. */
    public int epochsFor(TrainSet set) {
        return learner.options().epochsFor(set.size(), epochs());
    }

    public double learningRate() {
        return learner.options().learningRate();
    }

    /** The run's learner options. */
    public LearnerOptions options() {
        return learner.options();
    }

    public Progress progress() {
        return progress;
    }

    /** A freshly initialised network for {@code fold} (a real re-initialisation, seeded by seed, fold, round, stage). */
    public Trained fresh(int fold, int round, String stage) {
        return fresh(fold, round, stage, learner.options());
    }

    /** As {@link #fresh(int, int, String)} with other learner options (a wider, noisier student, say). */
    public Trained fresh(int fold, int round, String stage, LearnerOptions options) {
        long s = mix(seed, fold, round, stage);
        Trained t = new Trained(
                "f" + fold + "r" + round + "-" + stage,
                fold,
                round,
                stage,
                learner.withOptions(options).initialise(features, outputs, s),
                folds.foldsSeenBy(fold),
                new Random(s ^ 0x5DEECE66DL));
        record.model(t);
        return t;
    }

    /**
     * Trains {@code model} on {@code set} for the requested epochs, or more to reach the learner's minimum updates;
     * {@code pseudo} tells whether it holds pseudolabels.
     */
    public void train(Trained model, TrainSet set, int requestedEpochs, boolean pseudo, String task) {
        train(
                model,
                set,
                requestedEpochs,
                pseudo,
                task,
                learner.options().augmentation().level());
    }

    /** As {@link #train(Trained, TrainSet, int, boolean, String)} with views at {@code level}. */
    public void train(
            Trained model, TrainSet set, int requestedEpochs, boolean pseudo, String task, Augmentation.Level level) {
        int epochs = learner.options().epochsFor(set.size(), requestedEpochs);
        try (Progress.Task bar = progress.start(task, epochs)) {
            model.network.fit(set, epochs, model.random, level, bar::step);
        }
        model.pseudolabels |= pseudo;
        model.rows += (long) set.size() * epochs;
        model.epochs += epochs;
        record.model(model);
    }

    /**
     * Trains {@code model} for the update budget {@code none} gets on {@code labelled}, each step on two streams (as
     * Mean Teacher's and Iscen et al.'s batches): B labelled rows and B rows of {@code pseudo}, both at the run's
     * augmentation, every row's loss times its weight; the learning rate follows the run's schedule over the steps.
     */
    public void trainTwoStreams(Trained model, TrainSet labelled, TrainSet pseudo, String task) {
        LearnerOptions lo = learner.options();
        int b = Math.min(lo.batchSize(), labelled.size());
        int bu = Math.min(b, pseudo.size());
        int steps = lo.epochsFor(labelled.size(), epochs()) * lo.batchesPerEpoch(labelled.size());
        RowCycle labelledRows = new RowCycle(labelled.size(), model.random);
        RowCycle pseudoRows = new RowCycle(pseudo.size(), model.random);
        TwoStreamBatch buffers = new TwoStreamBatch(labelled, b, pseudo, bu);
        try (Progress.Task bar = progress.start(task, steps)) {
            for (int step = 0; step < steps; step++) {
                model.network.learningRate(lo.learningRate() * lo.schedule().factor(step / (double) steps));
                int[] l = labelledRows.next(b);
                TrainSet batch = buffers.pull(l, pseudoRows.next(bu));
                model.network.augment(batch.features(), lo.augmentation().level(), model.random);
                model.network.step(batch.features(), batch.targets(), batch.weights());
                bar.step();
            }
        }
        model.network.learningRate(lo.learningRate());
        model.pseudolabels = true;
        model.rows += (long) steps * (b + bu);
        model.epochs += steps / lo.batchesPerEpoch(labelled.size());
        record.model(model);
    }

    /** Epoch {@code e} of {@code epochs} of {@code model} on {@code set} (for strategies that change the set every epoch). */
    public void epoch(Trained model, TrainSet set, boolean pseudo, int e, int epochs) {
        model.network.epoch(set, model.random, e, epochs);
        model.pseudolabels |= pseudo;
        model.rows += set.size();
        model.epochs++;
        record.model(model);
    }

    /** The seed of the network for {@code fold}, {@code round} and {@code stage} of a run seeded {@code seed}. */
    static long mix(long seed, int fold, int round, String stage) {
        long h = seed * 0x9E3779B97F4A7C15L
                + fold * 0xBF58476D1CE4E5B9L
                + round * 0x94D049BB133111EBL
                + stage.hashCode();
        h ^= h >>> 31;
        h *= 0x7FB5D329728EA185L;
        return h ^ (h >>> 27);
    }
}
