package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;

/** {@code none}: the supervised baseline, one model per fold on its real labelled rows. */
public final class NoPseudolabels implements Strategy {
    public static final StrategyInfo INFO = new StrategyInfo(
            "none",
            "no pseudolabels: the baseline the others are compared with",
            Selection.defaults(),
            true,
            o -> new NoPseudolabels());

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return "";
    }

    @Override
    public List<Trained> run(Workbench bench) {
        return baseModels(bench);
    }

    /** Round 0 of every strategy: one fresh model per fold trained on its labelled rows only. */
    static List<Trained> baseModels(Workbench bench) {
        Trainer trainer = bench.trainer();
        List<Trained> out = new ArrayList<>();
        for (int f = 0; f < bench.folds(); f++) {
            Trained t = trainer.fresh(f, 0, "base");
            trainer.train(t, bench.labelled(f), trainer.epochs(), false, label(bench, 0, f));
            out.add(t);
        }
        return out;
    }

    static String label(Workbench bench, int round, int fold) {
        return "round " + round + " fold " + (fold + 1) + "/" + bench.folds();
    }
}
