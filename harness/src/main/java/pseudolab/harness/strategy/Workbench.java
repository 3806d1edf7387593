package pseudolab.harness.strategy;

import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.learn.Learner;
import pseudolab.harness.learn.TrainSet;
import pseudolab.harness.progress.Progress;

/**
 * What a strategy works with: each fold's labelled rows, the {@link Trainer} that makes and trains fold networks,
 * the {@link Pseudolabeller} that turns teachers' predictions into pseudolabels, and the run's {@link RunRecord}.
 */
public record Workbench(
        LabelledFolds labelledFolds, int rounds, Trainer trainer, Pseudolabeller pseudolabeller, RunRecord record) {

    /** A classification's workbench: networks with one output per class, confident classes as pseudolabels. */
    public static Workbench classification(
            Learner learner,
            Folds folds,
            ClassificationRows rows,
            Selection selection,
            boolean nonLeaky,
            int rounds,
            long seed,
            Progress progress) {
        RunRecord record = new RunRecord();
        int classes = rows.targets().count();
        return new Workbench(
                LabelledFolds.of(folds, rows.trainX(), rows.targets()),
                rounds,
                new Trainer(learner, folds, (int) rows.trainX().columns(), classes, seed, progress, record),
                new ClassPseudolabeller(
                        rows.testX(), classes, rows.truth(), selection, new Teachers(folds.k(), nonLeaky), record),
                record);
    }

    /**
     * A regression's workbench: one-output networks trained on the standardised targets, every test row
     * pseudolabelled with the teachers' averaged prediction.
     */
    public static Workbench regression(
            Learner learner,
            Folds folds,
            RegressionRows rows,
            Selection selection,
            boolean nonLeaky,
            int rounds,
            long seed,
            Progress progress) {
        RunRecord record = new RunRecord();
        return new Workbench(
                LabelledFolds.of(folds, rows.trainX(), rows.targets()),
                rounds,
                new Trainer(learner, folds, (int) rows.trainX().columns(), 1, seed, progress, record),
                new RegressionPseudolabeller(
                        rows.testX(),
                        ValueTruth.of(rows.truth(), rows.targets().scaling()),
                        selection,
                        new Teachers(folds.k(), nonLeaky),
                        record),
                record);
    }

    /** How many folds (one final model each). */
    public int folds() {
        return labelledFolds.k();
    }

    /** The real labelled rows fold {@code fold}'s models train on. */
    public TrainSet labelled(int fold) {
        return labelledFolds.of(fold);
    }

    /** The unlabelled test rows' features. */
    public INDArray unlabelled() {
        return pseudolabeller.unlabelled();
    }

    /** Whether the targets are numbers (pseudolabels keep every test row) rather than classes. */
    public boolean regression() {
        return pseudolabeller instanceof RegressionPseudolabeller;
    }
}
