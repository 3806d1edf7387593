package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.Learner;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.TrainSet;
import pseudolab.harness.progress.Progress;

/**
 * What strategies work with: per-fold labelled rows, the unlabelled test rows, fresh networks, training with
 * progress, teacher predictions (all fold models, or in non-leaky mode only those that never saw the fold's
 * rows) and pseudolabel selection; records every model and pseudolabelling step for the provenance.
 */
public final class Workbench {
    private final Learner learner;
    private final Folds folds;
    private final INDArray trainX;
    private final int[] trainY;
    private final int classes;
    private final INDArray testX;
    private final int[] truth;
    private final Selection selection;
    private final boolean nonLeaky;
    private final int rounds;
    private final long seed;
    private final Progress progress;
    private final RegressionTargets regressionTargets;
    private final Map<Integer, TrainSet> labelled = new HashMap<>();
    private final Map<String, ModelRecord> models = new LinkedHashMap<>();
    private final List<PseudoLabelRecord> pseudolabels = new ArrayList<>();
    private final List<ConsistencyRecord> consistency = new ArrayList<>();
    private final Map<String, Map<String, Long>> drawnByModel = new LinkedHashMap<>();
    private final Map<Integer, boolean[]> lastKept = new HashMap<>();
    private String stopReason;

    /** {@code truth} may be null (no solution); it is only compared with pseudolabels, never trained on. */
    public Workbench(
            Learner learner,
            Folds folds,
            INDArray trainX,
            int[] trainY,
            int classes,
            INDArray testX,
            int[] truth,
            Selection selection,
            boolean nonLeaky,
            int rounds,
            long seed,
            Progress progress) {
        this(learner, folds, trainX, trainY, classes, testX, truth, selection, nonLeaky, rounds, seed, progress, null);
    }

    /**
     * A regression workbench: {@code learner} builds one-output networks, labelled rows train on the standardised
     * targets and pseudolabels are the teachers' averaged predictions for every test row.
     */
    public Workbench(
            Learner learner,
            Folds folds,
            INDArray trainX,
            RegressionTargets targets,
            INDArray testX,
            Selection selection,
            boolean nonLeaky,
            int rounds,
            long seed,
            Progress progress) {
        this(
                learner,
                folds,
                trainX,
                new int[(int) trainX.rows()],
                1,
                testX,
                null,
                selection,
                nonLeaky,
                rounds,
                seed,
                progress,
                targets);
    }

    private Workbench(
            Learner learner,
            Folds folds,
            INDArray trainX,
            int[] trainY,
            int classes,
            INDArray testX,
            int[] truth,
            Selection selection,
            boolean nonLeaky,
            int rounds,
            long seed,
            Progress progress,
            RegressionTargets regressionTargets) {
        this.regressionTargets = regressionTargets;
        this.learner = learner;
        this.folds = folds;
        this.trainX = trainX;
        this.trainY = trainY;
        this.classes = classes;
        this.testX = testX;
        this.truth = truth;
        this.selection = selection;
        this.nonLeaky = nonLeaky;
        this.rounds = rounds;
        this.seed = seed;
        this.progress = progress;
    }

    public int folds() {
        return folds.k();
    }

    public int rounds() {
        return rounds;
    }

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

    public Selection selection() {
        return selection;
    }

    /** Whether the targets are numbers (pseudolabels keep every test row) rather than classes. */
    public boolean regression() {
        return regressionTargets != null;
    }

    public int unlabelledRows() {
        return (int) testX.rows();
    }

    /** The real labelled rows fold {@code fold}'s models train on. */
    public TrainSet labelled(int fold) {
        return labelled.computeIfAbsent(fold, f -> {
            int[] rows = folds.trainRows(f);
            if (regressionTargets != null) {
                float[] v = new float[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = regressionTargets.train()[rows[i]];
                }
                return TrainSet.values(Nd4j.pullRows(trainX, 1, rows), v);
            }
            int[] y = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                y[i] = trainY[rows[i]];
            }
            return TrainSet.labelled(Nd4j.pullRows(trainX, 1, rows), y, classes);
        });
    }

    /** The run's learner options. */
    public LearnerOptions learnerOptions() {
        return learner.options();
    }

    /** A freshly initialised network for {@code fold} (a real re-initialisation, seeded by seed, fold, round, stage). */
    public Trained fresh(int fold, int round, String stage) {
        return fresh(fold, round, stage, learner.options());
    }

    /** As {@link #fresh(int, int, String)} with other learner options (a wider, noisier student, say). */
    public Trained fresh(int fold, int round, String stage, LearnerOptions options) {
        long s = mix(seed, fold, round, stage);
        String id = "f" + fold + "r" + round + "-" + stage;
        Trained t = new Trained(
                id,
                fold,
                round,
                stage,
                learner.withOptions(options).initialise((int) trainX.columns(), classes, s),
                folds.foldsSeenBy(fold),
                new Random(s ^ 0x5DEECE66DL));
        record(t);
        return t;
    }

    /** The unlabelled test rows' features. */
    public INDArray unlabelled() {
        return testX;
    }

    /** The known class of unlabelled row {@code row} (from solution.csv, for provenance only), or null. */
    public Integer truthOf(int row) {
        return truth == null || truth[row] < 0 ? null : truth[row];
    }

    /** Records a stretch of online pseudolabelling (consistency training). */
    public void log(ConsistencyRecord entry) {
        consistency.add(entry);
    }

    public List<ConsistencyRecord> consistencyRecords() {
        return List.copyOf(consistency);
    }

    /** How often each augmentation operation was drawn, summed over every model of the run. */
    public Map<String, Long> augmentationsDrawn() {
        Map<String, Long> sum = new java.util.TreeMap<>();
        for (Map<String, Long> drawn : drawnByModel.values()) {
            drawn.forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        return sum;
    }

    /** Trains {@code model} on {@code set} for the requested epochs, or more to reach the learner's minimum updates; {@code pseudo} tells whether it holds pseudolabels. */
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
        record(model);
    }

    /** Epoch {@code e} of {@code epochs} of {@code model} on {@code set} (for strategies that change the set every epoch). */
    public void epoch(Trained model, TrainSet set, boolean pseudo, int e, int epochs) {
        model.network.epoch(set, model.random, e, epochs);
        model.pseudolabels |= pseudo;
        model.rows += set.size();
        model.epochs++;
        record(model);
    }

    public Progress progress() {
        return progress;
    }

    /** Every model's current test-set probabilities, computed once for use as teachers. */
    public TestPredictions predictTest(List<Trained> teachers) {
        Map<String, INDArray> byId = new LinkedHashMap<>();
        Map<String, List<Integer>> seen = new HashMap<>();
        for (Trained t : teachers) {
            byId.put(t.id, t.network.predict(testX));
            seen.put(t.id, t.trainedOnFolds);
        }
        return new TestPredictions(byId, seen);
    }

    /**
     * Pseudolabels for {@code fold} from the averaged predictions of the allowed teachers, selected per the
     * selection options; each kept row's loss weight is the selection weight times {@code weightScale}.
     */
    public PseudoLabels pseudolabel(int round, int fold, TestPredictions predictions, double weightScale) {
        return pseudolabel(round, fold, predictions, kept -> weightScale, false);
    }

    /**
     * As {@link #pseudolabel(int, int, TestPredictions, double)}, and with {@code balanced} (and no per-class cap
     * given) every class keeps as many rows as the least confident non-empty class (Xie et al. 2020 balanced their
     * pseudolabelled data per class: a teacher's bias towards one class must not become the student's).
     */
    public PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, double weightScale, boolean balanced) {
        return pseudolabel(round, fold, predictions, kept -> weightScale, balanced);
    }

    /** As {@link #pseudolabel(int, int, TestPredictions, double)} with a weight scale that depends on the rows kept. */
    public PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept) {
        return pseudolabel(round, fold, predictions, scaleForKept, false);
    }

    private PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept, boolean balanced) {
        List<String> teachers = new ArrayList<>();
        INDArray sum = null;
        for (var e : predictions.byId().entrySet()) {
            boolean sawFold =
                    folds.k() > 1 && predictions.seenFolds().get(e.getKey()).contains(fold);
            if (nonLeaky && sawFold) {
                continue;
            }
            teachers.add(e.getKey());
            sum = sum == null ? e.getValue().dup() : sum.addi(e.getValue());
        }
        if (sum == null) {
            throw new HarnessException("no teacher model for fold " + fold + " that never saw its rows");
        }
        float[][] p = sum.divi(teachers.size()).toFloatMatrix();
        if (regressionTargets != null) {
            return regressionPseudolabels(round, fold, teachers, p, scaleForKept);
        }
        int[] kept = select(p, balanced);
        double w = selection.weight() * scaleForKept.applyAsDouble(kept.length);
        INDArray x = kept.length == 0 ? Nd4j.create(DataType.FLOAT, 0, testX.columns()) : Nd4j.pullRows(testX, 1, kept);
        INDArray y = Nd4j.zeros(DataType.FLOAT, kept.length, classes);
        Integer correct = truth == null ? null : 0;
        int known = 0;
        boolean[] mask = new boolean[p.length];
        int newRows = 0;
        boolean[] before = lastKept.get(fold);
        for (int i = 0; i < kept.length; i++) {
            int r = kept[i];
            int c = argmax(p[r]);
            if (selection.soft()) {
                for (int j = 0; j < classes; j++) {
                    y.putScalar(i, j, p[r][j]);
                }
            } else {
                y.putScalar(i, c, 1f);
            }
            if (truth != null && truth[r] >= 0) {
                known++;
                if (truth[r] == c) {
                    correct++;
                }
            }
            mask[r] = true;
            if (before == null || !before[r]) {
                newRows++;
            }
        }
        lastKept.put(fold, mask);
        Double accuracy = truth == null || known == 0 ? null : (double) correct / known;
        pseudolabels.add(new PseudoLabelRecord(
                round,
                fold,
                teachers,
                p.length,
                kept.length,
                truth == null ? null : correct,
                accuracy,
                newRows,
                w,
                null));
        INDArray weights = Nd4j.valueArrayOf(new long[] {kept.length, 1}, (float) w);
        return new PseudoLabels(kept, new TrainSet(x, y, weights));
    }

    /** Regression pseudolabels: every test row, the teachers' averaged (standardised) prediction as its target. */
    private PseudoLabels regressionPseudolabels(
            int round, int fold, List<String> teachers, float[][] p, IntToDoubleFunction scaleForKept) {
        int n = p.length;
        double w = selection.weight() * scaleForKept.applyAsDouble(n);
        float[] y = new float[n];
        boolean[] before = lastKept.get(fold);
        boolean[] mask = new boolean[n];
        int newRows = 0;
        for (int r = 0; r < n; r++) {
            y[r] = p[r][0];
            mask[r] = true;
            if (before == null || !before[r]) {
                newRows++;
            }
        }
        lastKept.put(fold, mask);
        pseudolabels.add(
                new PseudoLabelRecord(round, fold, teachers, n, n, null, null, newRows, w, regressionTargets.rmse(p)));
        return new PseudoLabels(IntStream.range(0, n).toArray(), TrainSet.weightedValues(testX, y, w));
    }

    /** Notes why a strategy stopped before its last round. */
    public void stoppedEarly(String reason) {
        this.stopReason = reason;
    }

    public String stopReason() {
        return stopReason;
    }

    public List<ModelRecord> models() {
        return List.copyOf(models.values());
    }

    public List<PseudoLabelRecord> pseudolabelRecords() {
        return List.copyOf(pseudolabels);
    }

    private int[] select(float[][] p, boolean balanced) {
        int n = p.length;
        List<List<int[]>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        float[] top = new float[n];
        for (int i = 0; i < n; i++) {
            int c = argmax(p[i]);
            top[i] = p[i][c];
            if (top[i] > selection.threshold()) {
                byClass.get(c).add(new int[] {i});
            }
        }
        int cap = selection.topKPerClass();
        if (balanced && cap == 0) {
            cap = byClass.stream().mapToInt(List::size).filter(c -> c > 0).min().orElse(0);
        }
        List<Integer> kept = new ArrayList<>();
        for (List<int[]> rows : byClass) {
            rows.sort(java.util.Comparator.comparingDouble((int[] a) -> -top[a[0]])
                    .thenComparingInt(a -> a[0]));
            int limit = cap == 0 ? rows.size() : Math.min(rows.size(), cap);
            for (int i = 0; i < limit; i++) {
                kept.add(rows.get(i)[0]);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The index of the largest value (the first on ties). */
    static int argmax(float[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    /** Updates {@code t}'s provenance record (rows, epochs, current weights). */
    void record(Trained t) {
        drawnByModel.put(t.id, t.network.augmentationsDrawn());
        models.put(
                t.id,
                new ModelRecord(
                        t.id,
                        t.fold,
                        t.round,
                        t.stage,
                        t.trainedOnFolds,
                        t.pseudolabels,
                        t.initialWeights,
                        t.network.fingerprint(),
                        t.rows,
                        t.epochs));
    }

    static long mix(long seed, int fold, int round, String stage) {
        long h = seed * 0x9E3779B97F4A7C15L
                + fold * 0xBF58476D1CE4E5B9L
                + round * 0x94D049BB133111EBL
                + stage.hashCode();
        h ^= h >>> 31;
        h *= 0x7FB5D329728EA185L;
        return h ^ (h >>> 27);
    }

    /** Test-set probabilities of teacher models by id, with the folds each one trained on. */
    public record TestPredictions(Map<String, INDArray> byId, Map<String, List<Integer>> seenFolds) {}
}
