package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code self-training}: train, pseudolabel the test rows with the (fold-ensemble) teacher, retrain from fresh
 * weights on labelled plus pseudolabelled rows; repeat for the given rounds, stopping early when no new rows qualify
 * (classification; a regression keeps every row with refreshed targets, so it runs all rounds).
 */
public final class SelfTraining implements Strategy {
    public static final StrategyInfo INFO = new StrategyInfo(
            "self-training",
            "retrain on labels plus the teacher's pseudolabels, per round",
            Selection.defaults(),
            true,
            o -> new SelfTraining());

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    @Override
    public List<Trained> run(Workbench bench) {
        Trainer trainer = bench.trainer();
        Pseudolabeller pseudolabeller = bench.pseudolabeller();
        List<Trained> current = NoPseudolabels.baseModels(bench);
        for (int round = 1; round <= bench.rounds(); round++) {
            TestPredictions teachers = pseudolabeller.predictTest(current);
            List<PseudoLabels> chosen = new ArrayList<>();
            int fresh = 0;
            int kept = 0;
            for (int f = 0; f < bench.folds(); f++) {
                PseudoLabels pl = pseudolabeller.pseudolabel(round, f, teachers, 1.0);
                chosen.add(pl);
                fresh += bench.record().lastPseudolabelRecord().newRows();
                kept += pl.size();
            }
            if (kept == 0 || (round > 1 && fresh == 0 && !bench.regression())) {
                bench.record().stoppedEarly("round " + round + ": no new test rows qualify as pseudolabels");
                break;
            }
            List<Trained> next = new ArrayList<>();
            for (int f = 0; f < bench.folds(); f++) {
                Trained t = trainer.fresh(f, round, "self-training");
                trainer.train(
                        t,
                        bench.labelled(f).plus(chosen.get(f).set()),
                        trainer.epochs(),
                        true,
                        NoPseudolabels.label(bench, round, f));
                next.add(t);
            }
            current = next;
        }
        return current;
    }
}
