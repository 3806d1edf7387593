package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pseudolab.harness.learn.TrainSet;

/** The two ways label propagation's rounds learn the propagated labels, on {@link TrainerTest}'s small problem. */
class PropagationTrainingIT {
    @Test
    void jointPropagationTrainingIsTheTwoStreamTraining() {
        TrainSet labelled = TrainerTest.labelledBySignOfFeature0();
        TrainSet pseudo = TrainerTest.pseudolabelledBySignOfFeature2();
        Trainer trainer = TrainerTest.trainer(7, new RunRecord());
        Trained joint = trainer.fresh(0, 1, "propagation");
        PropagationTraining.JOINT.train(trainer, joint, labelled, pseudo, "joint");
        Trained streams = trainer.fresh(0, 1, "propagation");
        trainer.trainTwoStreams(streams, labelled, pseudo, "two streams");
        assertThat(TrainerTest.fingerprint(joint)).isEqualTo(TrainerTest.fingerprint(streams));
    }

    @Test
    void pretrainingOnPropagatedLabelsLearnsThemFirstThenTheLabelsAtAQuarterOfTheRate() {
        TrainSet labelled = TrainerTest.labelledBySignOfFeature0();
        TrainSet pseudo = TrainerTest.pseudolabelledBySignOfFeature2();
        RunRecord record = new RunRecord();
        Trainer trainer = TrainerTest.trainer(7, record);
        Trained alone = trainer.fresh(0, 0, "base");
        trainer.train(alone, labelled, trainer.epochs(), false, "base");
        Trained t = trainer.fresh(0, 1, "propagation");
        PropagationTraining.PRETRAINING.train(trainer, t, labelled, pseudo, "pretraining");

        assertThat(t.network().steps())
                .as("each stage gets none's budget")
                .isGreaterThanOrEqualTo(2 * alone.network().steps());
        float[][] p = t.network().predict(pseudo.features()).toFloatMatrix();
        assertThat(p[0][1])
                .as("the propagated rows' class, kept through fine-tuning")
                .isGreaterThan(0.9f);
        assertThat(p[1][0]).isGreaterThan(0.9f);
        float[][] q = t.network().predict(labelled.features()).toFloatMatrix();
        assertThat(q[0][1]).as("the labelled rows' class").isGreaterThan(0.9f);
        assertThat(q[1][0]).isGreaterThan(0.9f);
        Trained fullRate = trainer.fresh(0, 1, "propagation");
        trainer.train(fullRate, pseudo, trainer.epochs(), true, "pretrain");
        trainer.train(fullRate, labelled, trainer.epochs(), true, "fine-tune at the full rate");
        assertThat(TrainerTest.fingerprint(fullRate))
                .as("the fine-tuning's rate differs")
                .isNotEqualTo(TrainerTest.fingerprint(t));
        assertThat(record.models())
                .filteredOn(m -> m.id().equals("f0r1-propagation"))
                .last()
                .satisfies(m -> {
                    assertThat(m.trainedOnPseudolabels()).isTrue();
                    assertThat(m.epochs()).isGreaterThan(0);
                });
    }
}
