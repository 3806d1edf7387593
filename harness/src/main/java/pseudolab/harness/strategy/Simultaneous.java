package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;
import pseudolab.harness.learn.TrainSet;

/**
 * {@code simultaneous} (Lee 2013): labelled and pseudolabelled rows in the same mini-batches; the pseudolabels
 * are recomputed every epoch from the current fold models and weighted by alpha(t): 0 before T1, rising linearly
 * to alpha_f at T2, alpha_f after. T1 and T2 are 20% and 60% of the epoch budget; alpha_f defaults to 3. As in
 * Lee's loss (mean over labelled rows plus alpha times the mean over pseudolabelled rows), each pseudolabelled
 * row's weight is alpha(t) * pl-weight * labelled rows / pseudolabelled rows.
 */
public final class Simultaneous implements Strategy {
    private final double alphaFinal;

    public Simultaneous(double alphaFinal) {
        this.alphaFinal = alphaFinal;
    }

    public Simultaneous() {
        this(3.0);
    }

    @Override
    public String name() {
        return "simultaneous";
    }

    /** Lee's alpha(t) for epoch {@code t} (0-based) of {@code epochs}. */
    public double alpha(int t, int epochs) {
        int t1 = Math.max(1, (int) Math.round(0.2 * epochs));
        int t2 = Math.max(t1 + 1, (int) Math.round(0.6 * epochs));
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
        List<Trained> models = new ArrayList<>();
        for (int f = 0; f < bench.folds(); f++) {
            models.add(bench.fresh(f, 0, "simultaneous"));
        }
        int epochs = bench.epochs();
        try (var bar = bench.progress().start("simultaneous, " + bench.folds() + " fold(s)", epochs)) {
            for (int t = 0; t < epochs; t++) {
                double alpha = alpha(t, epochs);
                Workbench.TestPredictions teachers = alpha > 0 ? bench.predictTest(models) : null;
                for (int f = 0; f < bench.folds(); f++) {
                    TrainSet labelled = bench.labelled(f);
                    TrainSet set = labelled;
                    if (alpha > 0) {
                        double a = alpha;
                        PseudoLabels probe = bench.pseudolabel(t + 1, f, teachers,
                                kept -> kept == 0 ? 0 : a * labelled.size() / kept);
                        set = labelled.plus(probe.set());
                    }
                    bench.epoch(models.get(f), set, alpha > 0);
                }
                bar.step();
            }
        }
        return models;
    }
}
