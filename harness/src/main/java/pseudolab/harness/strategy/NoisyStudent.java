package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pseudolab.harness.learn.Augmentation.Level;
import pseudolab.harness.learn.LearnerOptions;

/**
 * {@code noisy-student} (Xie et al. 2020): the teacher, trained on the labelled rows at the run's augmentation,
 * labels the unlabelled rows (soft by default; the selection's threshold applies, and each class keeps as many rows
 * as the least represented one unless a per-class cap is given, as Xie et al. balanced theirs); a student at least
 * as wide, noised with dropout and strong augmentation, trains from fresh weights on labelled plus
 * pseudolabelled rows and becomes the next round's teacher.
 */
public final class NoisyStudent implements Strategy {
    /** The student's dropout when the run has none: students must be noised. */
    public static final double STUDENT_DROPOUT = 0.2;

    public static final StrategyInfo INFO = new StrategyInfo(
            "noisy-student",
            "Xie et al. 2020: a noised, wider student learns soft labels",
            new Selection("soft", 0.8, 0, 1.0),
            false,
            o -> new NoisyStudent(o.studentWidth()));

    private final int studentWidth;

    /** {@code studentWidth} 0 means the teacher's width. */
    public NoisyStudent(int studentWidth) {
        this.studentWidth = studentWidth;
    }

    @Override
    public StrategyInfo info() {
        return INFO;
    }

    /** The rounds and selection, and the student's width when one is given. */
    @Override
    public String describe(Selection selection, int rounds, boolean regression) {
        return Strategy.super.describe(selection, rounds, regression)
                + (studentWidth > 0 && !regression ? " student-width=" + studentWidth : "");
    }

    @Override
    public Map<String, Object> parameters(LearnerOptions learner) {
        LearnerOptions student = student(learner);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("studentWidth", student.width());
        m.put("studentDropout", student.dropout());
        m.put("studentAugment", "strong");
        return m;
    }

    /** The student's options: at least the teacher's width, at least {@link #STUDENT_DROPOUT} dropout. */
    public LearnerOptions student(LearnerOptions teacher) {
        return teacher.withWidth(Math.max(teacher.width(), studentWidth))
                .withDropout(Math.max(teacher.dropout(), STUDENT_DROPOUT));
    }

    @Override
    public List<Trained> run(Workbench bench) {
        Trainer trainer = bench.trainer();
        Pseudolabeller pseudolabeller = bench.pseudolabeller();
        List<Trained> current = NoPseudolabels.baseModels(bench);
        LearnerOptions student = student(trainer.options());
        for (int round = 1; round <= bench.rounds(); round++) {
            TestPredictions teachers = pseudolabeller.predictTest(current);
            List<PseudoLabels> chosen = new ArrayList<>();
            int kept = 0;
            for (int f = 0; f < bench.folds(); f++) {
                PseudoLabels pl = pseudolabeller.pseudolabel(round, f, teachers, 1.0, true);
                chosen.add(pl);
                kept += pl.size();
            }
            if (kept == 0) {
                bench.record().stoppedEarly("round " + round + ": no test rows qualify as pseudolabels");
                break;
            }
            List<Trained> next = new ArrayList<>();
            for (int f = 0; f < bench.folds(); f++) {
                Trained t = trainer.fresh(f, round, "noisy-student", student);
                trainer.train(
                        t,
                        bench.labelled(f).plus(chosen.get(f).set()),
                        trainer.epochs(),
                        true,
                        "round " + round + " student fold " + (f + 1) + "/" + bench.folds(),
                        Level.STRONG);
                next.add(t);
            }
            current = next;
        }
        return current;
    }
}
