package pseudolab.harness.strategy;

import pseudolab.harness.CliNames;
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
        return CliNames.of(this);
    }

    /** {@code joint} or {@code pretraining}. */
    public static PropagationTraining parse(String text) {
        return CliNames.parse(PropagationTraining.class, "--propagation-training", text);
    }
}
