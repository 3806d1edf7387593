package pseudolab.harness.strategy;

import java.util.Locale;
import pseudolab.harness.HarnessException;
import pseudolab.harness.learn.TrainSet;

/** How {@code label-propagation}'s fresh networks learn the propagated labels ({@code --propagation-training}). */
public enum PropagationTraining {
    /**
     * Iscen et al.'s: every step a batch of labelled rows and a batch of propagated ones, each row's loss times its
     * weight, for {@code none}'s updates ({@link Trainer#trainTwoStreams}).
     */
    JOINT,
    /**
     * As {@code pretraining}: the propagated rows alone, then the labelled rows at a quarter of the rate, each for the
     * run's budget ({@link Pretraining#pretrainThenFineTune}).
     */
    PRETRAINING;

    /** Trains the fresh {@code model} on its fold's {@code labelled} rows and the {@code propagated} test rows. */
    void train(Trainer trainer, Trained model, TrainSet labelled, TrainSet propagated, String task) {
        if (this == JOINT) {
            trainer.trainTwoStreams(model, labelled, propagated, task);
        } else {
            Pretraining.pretrainThenFineTune(trainer, model, propagated, labelled, task);
        }
    }

    /** The command-line name. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code joint} or {@code pretraining}. */
    public static PropagationTraining parse(String text) {
        for (PropagationTraining t : values()) {
            if (t.cliName().equals(text)) {
                return t;
            }
        }
        throw new HarnessException("--propagation-training must be joint or pretraining, got '" + text + "'");
    }
}
