package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.HarnessException;
import pseudolab.harness.learn.Augmentation.Level;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.TrainSet;

/**
 * {@code consistency} (FixMatch-style, Sohn et al. 2020): online pseudolabels. Every step takes a batch of B labelled
 * rows (weak view) and {@code ratio} B unlabelled rows; the model's prediction on an unlabelled row's weak view
 * becomes its hard target where the top probability reaches the threshold, and the loss is taken on a strong
 * view of the same row. The loss is the labelled rows' mean plus the unlabelled rows' masked mean (rows below the
 * threshold are not fed at all: they would count zero). Adam at the run's schedule (FixMatch used cosine); with
 * {@code ema} the targets come from, and the final model is, an exponential moving average of the weights. The
 * step budget is the no-PL baseline's (the same model's updates on its labelled rows), so gains are not bought
 * with extra updates. With an adaptive momentum the fixed threshold gives way to FreeMatch's self-adaptive one
 * ({@link AdaptiveThreshold}).
 */
public final class Consistency implements Strategy {
    /** Records are written this many times per fold. */
    private static final int RECORDS_PER_FOLD = 20;

    public static final StrategyInfo INFO = new StrategyInfo(
            "consistency",
            "FixMatch: a weak view's confident guess trains a strong view",
            new Selection("hard", ConsistencyOptions.DEFAULT_THRESHOLD, 0, 1.0),
            false,
            o -> new Consistency(o.consistency()));

    private final ConsistencyOptions options;

    public Consistency(ConsistencyOptions options) {
        this.options = options;
    }

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    /** Its own settings instead of the selection's: ratio, threshold, weight, and the EMA and adaptive threshold when on. */
    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return " ratio=" + options.unlabelledRatio() + " threshold=" + options.threshold() + " pl-weight="
                + options.weight() + (options.ema() > 0 ? " ema=" + options.ema() : "")
                + (options.adaptiveMomentum() > 0 ? " adaptive-threshold=" + options.adaptiveMomentum() : "");
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unlabelledRatio", options.unlabelledRatio());
        m.put("threshold", options.adaptiveMomentum() > 0 ? "self-adaptive (FreeMatch)" : options.threshold());
        m.put("adaptiveThresholdMomentum", options.adaptiveMomentum());
        m.put("unlabelledLossWeight", options.weight());
        m.put("ema", options.ema());
        m.put("steps", "the no-PL baseline's updates on the labelled rows, at the run's learning-rate schedule");
        return m;
    }

    @Override
    public List<Trained> run(Workbench bench) {
        if (!(bench.pseudolabeller() instanceof ClassPseudolabeller classes)) {
            throw new HarnessException("--strategy consistency applies to classification only");
        }
        List<Trained> out = new ArrayList<>();
        for (int f = 0; f < bench.folds(); f++) {
            out.add(trainFold(bench, classes.truth(), f));
        }
        return out;
    }

    private Trained trainFold(Workbench bench, ClassTruth truth, int fold) {
        Trainer trainer = bench.trainer();
        LearnerOptions lo = trainer.options();
        TrainSet labelled = bench.labelled(fold);
        INDArray unlabelled = bench.unlabelled();
        int b = Math.min(lo.batchSize(), labelled.size());
        int mu = options.unlabelledPerStep(b);
        int steps = lo.epochsFor(labelled.size(), trainer.epochs()) * lo.batchesPerEpoch(labelled.size());
        Trained model = trainer.fresh(fold, 1, "consistency");
        if (options.ema() > 0) {
            model.network.averageWeights(options.ema());
        }
        Random rng = model.random;
        RowCycle labelledRows = new RowCycle(labelled.size(), rng);
        RowCycle unlabelledRows = new RowCycle((int) unlabelled.rows(), rng);
        ConsistencyBatch batch = new ConsistencyBatch(labelled, b, unlabelled, mu);
        int every = Math.max(1, steps / RECORDS_PER_FOLD);
        Tally tally = new Tally(0);
        AdaptiveThreshold adaptive = options.adaptiveMomentum() > 0
                ? new AdaptiveThreshold((int) labelled.targets().columns(), options.adaptiveMomentum())
                : null;
        try (var bar = trainer.progress().start("consistency fold " + (fold + 1) + "/" + bench.folds(), steps)) {
            for (int step = 0; step < steps; step++) {
                double lr = lo.learningRate() * lo.schedule().factor(step / (double) steps);
                model.network.learningRate(lr);
                step(truth, model, batch, labelledRows.next(b), unlabelledRows.next(mu), tally, rng, adaptive);
                if ((step + 1) % every == 0 || step + 1 == steps) {
                    bench.record().consistency(tally.record(fold, step + 1, lr));
                    tally = new Tally(step + 1);
                }
                bar.step();
            }
        }
        model.network.adoptAverage();
        model.pseudolabels = true;
        model.epochs += steps / Math.max(1, lo.batchesPerEpoch(labelled.size()));
        bench.record().model(model);
        return model;
    }

    private void step(
            ClassTruth truth,
            Trained model,
            ConsistencyBatch batch,
            int[] lRows,
            int[] uRows,
            Tally tally,
            Random rng,
            AdaptiveThreshold adaptive) {
        batch.pull(lRows, uRows);
        model.network.augment(batch.labelledFeatures(), Level.WEAK, rng);
        INDArray weak = batch.weakViews();
        model.network.augment(weak, Level.WEAK, rng);
        float[][] p = model.network.predictAveraged(weak).toFloatMatrix();
        if (adaptive != null) {
            adaptive.update(p);
        }
        int[] confident = new int[uRows.length];
        int[] classOf = new int[uRows.length];
        int kept = 0;
        for (int i = 0; i < p.length; i++) {
            int c = ConfidentRows.argmax(p[i]);
            if (p[i][c] >= (adaptive == null ? options.threshold() : adaptive.threshold(c))) {
                confident[kept] = i;
                classOf[kept++] = c;
                tally.kept(truth.of(uRows[i]), c);
            }
        }
        tally.seen(uRows.length);
        model.rows += lRows.length + kept;
        if (kept > 0) {
            INDArray strong = batch.keep(Arrays.copyOf(confident, kept), Arrays.copyOf(classOf, kept));
            model.network.augment(strong, Level.STRONG, rng);
        }
        double total = lRows.length + kept;
        TrainSet rows = batch.batch(kept, total / lRows.length, options.weight() * total / uRows.length);
        model.network.step(rows.features(), rows.targets(), rows.weights());
    }

    /** Counts over a stretch of steps for one {@link ConsistencyRecord}. */
    private static final class Tally {
        private final int from;
        private int seen;
        private int kept;
        private int known;
        private int correct;

        Tally(int from) {
            this.from = from;
        }

        void seen(int rows) {
            seen += rows;
        }

        void kept(Integer truth, int predicted) {
            kept++;
            if (truth != null) {
                known++;
                correct += truth == predicted ? 1 : 0;
            }
        }

        ConsistencyRecord record(int fold, int toStep, double lr) {
            return new ConsistencyRecord(
                    fold,
                    from,
                    toStep,
                    seen,
                    seen == 0 ? 0 : kept / (double) seen,
                    known == 0 ? null : correct / (double) known,
                    lr);
        }
    }
}
