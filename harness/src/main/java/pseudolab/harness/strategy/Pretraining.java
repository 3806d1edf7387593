package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.TrainSet;

/**
 * {@code pretraining}: a fresh network learns the teacher's pseudolabelled test rows, then is fine-tuned on the
 * real labelled rows at a quarter of the learning rate; with several rounds the fine-tuned models teach the next.
 */
public final class Pretraining implements Strategy {
    /** Fine-tuning runs at this fraction of the learning rate. */
    public static final double FINE_TUNE_FACTOR = 0.25;

    public static final StrategyInfo INFO = new StrategyInfo(
            "pretraining",
            "learn the pseudolabels, then fine-tune on the labels at LR/4",
            Selection.defaults(),
            true,
            o -> new Pretraining());

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        return Map.of("fineTuneLearningRate", learner.learningRate() * FINE_TUNE_FACTOR);
    }

    @Override
    public List<Trained> run(Workbench bench) {
        Trainer trainer = bench.trainer();
        Pseudolabeller pseudolabeller = bench.pseudolabeller();
        List<Trained> current = NoPseudolabels.baseModels(bench);
        for (int round = 1; round <= bench.rounds(); round++) {
            TestPredictions teachers = pseudolabeller.predictTest(current);
            List<PseudoLabels> chosen = new ArrayList<>();
            int kept = 0;
            for (int f = 0; f < bench.folds(); f++) {
                PseudoLabels pl = pseudolabeller.pseudolabel(round, f, teachers, 1.0);
                chosen.add(pl);
                kept += pl.size();
            }
            if (kept == 0) {
                bench.record().stoppedEarly("round " + round + ": no test rows qualify as pseudolabels");
                break;
            }
            List<Trained> next = new ArrayList<>();
            for (int f = 0; f < bench.folds(); f++) {
                Trained t = trainer.fresh(f, round, "pretraining");
                pretrainThenFineTune(
                        trainer, t, chosen.get(f).set(), bench.labelled(f), NoPseudolabels.label(bench, round, f));
                next.add(t);
            }
            current = next;
        }
        return current;
    }

    /**
     * Trains {@code model} on {@code pseudo} for the run's budget, then on {@code labelled} at {@link #FINE_TUNE_FACTOR}
     * of the learning rate for the same budget; {@code task} names the pair in the progress.
     */
    static void pretrainThenFineTune(Trainer trainer, Trained model, TrainSet pseudo, TrainSet labelled, String task) {
        trainer.train(model, pseudo, trainer.epochs(), true, "pretrain " + task);
        model.network().learningRate(trainer.learningRate() * FINE_TUNE_FACTOR);
        trainer.train(model, labelled, trainer.epochs(), true, "fine-tune " + task);
    }
}
