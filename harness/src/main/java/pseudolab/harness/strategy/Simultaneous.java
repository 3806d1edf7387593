package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.TrainSet;

/**
 * {@code simultaneous} (Lee 2013): labelled and pseudolabelled rows in the same mini-batches; the pseudolabels
 * are recomputed every epoch from the current fold models and weighted by alpha(t): 0 before T1, rising linearly
 * to alpha_f at T2, alpha_f after. T1 is the end of a supervised warm-up as long as the no-PL baseline's training
 * (so pseudolabels come from a teacher as good as the baseline), T2 is T1 plus 40% of the epoch budget, and the
 * pseudolabelled phase lasts the epoch budget; alpha_f defaults to {@link #DEFAULT_ALPHA_FINAL}. As in
 * Lee's loss (mean over labelled rows plus alpha times the mean over pseudolabelled rows), each pseudolabelled
 * row's weight is alpha(t) * pl-weight * labelled rows / pseudolabelled rows.
 */
public final class Simultaneous implements Strategy {
    /** Lee's alpha_f, the pseudolabelled rows' final weight. */
    public static final double DEFAULT_ALPHA_FINAL = 3.0;
    /** T2 - T1, the ramp of alpha(t), as a share of the epoch budget. */
    public static final double RAMP_SHARE = 0.4;

    public static final StrategyInfo INFO = new StrategyInfo(
            "simultaneous",
            "Lee 2013: labels and pseudolabels (renewed each epoch) mixed",
            Selection.defaults(),
            true,
            o -> new Simultaneous());

    private final double alphaFinal;

    public Simultaneous(double alphaFinal) {
        this.alphaFinal = alphaFinal;
    }

    public Simultaneous() {
        this(DEFAULT_ALPHA_FINAL);
    }

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    /** The selection only: the pseudolabels are renewed every epoch, not in rounds. */
    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return selection.describe(regression);
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alphaFinal", alphaFinal);
        m.put("t1Epoch", "end of the supervised warm-up (the no-PL training budget)");
        m.put("t2EpochsAfterT1", rampEpochs(learner.epochs()));
        return m;
    }

    /** Epochs from T1 to T2: {@link #RAMP_SHARE} of the budget, at least 1. */
    static int rampEpochs(int epochs) {
        return Math.max(1, (int) Math.round(RAMP_SHARE * epochs));
    }

    /** Lee's alpha(t) for epoch {@code t} (0-based) of {@code epochs}, with T1 and T2 at 20% and 60% of them. */
    public double alpha(int t, int epochs) {
        int t1 = Math.max(1, (int) Math.round(0.2 * epochs));
        return alpha(t, t1, Math.max(t1 + 1, (int) Math.round(0.6 * epochs)));
    }

    /** Lee's alpha(t): 0 before {@code t1}, linear up to alpha_f at {@code t2}, alpha_f after. */
    public double alpha(int t, int t1, int t2) {
        if (t < t1) {
            return 0;
        }
        if (t >= t2) {
            return alphaFinal;
        }
        return alphaFinal * (t - t1) / (double) (t2 - t1);
    }

    @Override
    public List<Trained> run(Workbench bench) {
        Trainer trainer = bench.trainer();
        Pseudolabeller pseudolabeller = bench.pseudolabeller();
        List<Trained> models = new ArrayList<>();
        for (int f = 0; f < bench.folds(); f++) {
            models.add(trainer.fresh(f, 0, "simultaneous"));
        }
        int t1 = trainer.epochsFor(bench.labelled(0));
        int t2 = t1 + rampEpochs(trainer.epochs());
        int epochs = t1 + trainer.epochs();
        try (var bar = trainer.progress().start("simultaneous, " + bench.folds() + " fold(s)", epochs)) {
            for (int t = 0; t < epochs; t++) {
                double alpha = alpha(t, t1, t2);
                TestPredictions teachers = alpha > 0 ? pseudolabeller.predictTest(models) : null;
                for (int f = 0; f < bench.folds(); f++) {
                    TrainSet labelled = bench.labelled(f);
                    TrainSet set = labelled;
                    if (alpha > 0) {
                        double a = alpha;
                        PseudoLabels probe = pseudolabeller.pseudolabel(
                                t + 1, f, teachers, kept -> kept == 0 ? 0 : a * labelled.size() / kept);
                        set = labelled.plus(probe.set());
                    }
                    trainer.epoch(models.get(f), set, alpha > 0, t, epochs);
                }
                bar.step();
            }
        }
        return models;
    }
}
