package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Mlp;
import pseudolab.harness.learn.TrainSet;
import pseudolab.harness.progress.Progress;

/** Fresh fold networks: named and seeded by fold, round and stage, recorded as they are made; two-stream training. */
class TrainerTest {
    static Trainer trainer(long seed, RunRecord record) {
        return new Trainer(
                new Mlp(LearnerOptions.defaults(), null),
                Folds.stratified(new int[] {0, 1, 0, 1, 0, 1}, 2, 3, 1),
                4,
                2,
                seed,
                Progress.quiet(),
                record);
    }

    @Test
    void aFreshNetworkIsNamedAfterItsFoldRoundAndStageAndRecordedUntrained() {
        RunRecord record = new RunRecord();
        Trained t = trainer(7, record).fresh(1, 2, "student");
        assertThat(t.id()).isEqualTo("f1r2-student");
        assertThat(record.models()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("f1r2-student");
            assertThat(m.fold()).isEqualTo(1);
            assertThat(m.round()).isEqualTo(2);
            assertThat(m.stage()).isEqualTo("student");
            assertThat(m.trainedOnFolds()).containsExactly(0, 2);
            assertThat(m.trainedOnPseudolabels()).isFalse();
            assertThat(m.rows()).isZero();
            assertThat(m.epochs()).isZero();
            assertThat(m.finalWeights()).isEqualTo(m.initialWeights());
        });
    }

    @Test
    void theSameSeedFoldRoundAndStageGiveTheSameInitialWeightsAndAnyOtherGivesOthers() {
        RunRecord record = new RunRecord();
        Trainer a = trainer(7, record);
        String weights = fingerprint(a.fresh(0, 1, "base"));
        assertThat(fingerprint(trainer(7, new RunRecord()).fresh(0, 1, "base"))).isEqualTo(weights);
        assertThat(fingerprint(a.fresh(1, 1, "base"))).isNotEqualTo(weights);
        assertThat(fingerprint(a.fresh(0, 2, "base"))).isNotEqualTo(weights);
        assertThat(fingerprint(a.fresh(0, 1, "other"))).isNotEqualTo(weights);
        assertThat(fingerprint(trainer(8, new RunRecord()).fresh(0, 1, "base"))).isNotEqualTo(weights);
        assertThat(record.models())
                .extracting(ModelRecord::id)
                .containsExactly("f0r1-base", "f1r1-base", "f0r2-base", "f0r1-other");
    }

    static String fingerprint(Trained t) {
        return t.network().fingerprint();
    }

    @Test
    void twoStreamTrainingTakesNonesUpdatesAndLearnsThePseudolabelledStream() {
        RunRecord record = new RunRecord();
        Trainer trainer = trainer(7, record);
        TrainSet labelled = labelledBySignOfFeature0();
        TrainSet pseudo = pseudolabelledBySignOfFeature2();
        Trained alone = trainer.fresh(0, 0, "base");
        trainer.train(alone, labelled, trainer.epochs(), false, "base");
        Trained both = trainer.fresh(0, 1, "propagation");
        trainer.trainTwoStreams(both, labelled, pseudo, "two streams");

        assertThat(both.network().steps()).isEqualTo(alone.network().steps()).isEqualTo(500);
        float[][] before = alone.network().predict(pseudo.features()).toFloatMatrix();
        assertThat(Math.min(before[0][1], before[1][0]))
                .as("the labelled rows alone say nothing of feature 2")
                .isLessThan(0.9f);
        float[][] p = both.network().predict(pseudo.features()).toFloatMatrix();
        assertThat(p[0][1]).isGreaterThan(0.9f);
        assertThat(p[1][0]).isGreaterThan(0.9f);
        assertThat(record.models()).last().satisfies(m -> {
            assertThat(m.trainedOnPseudolabels()).isTrue();
            assertThat(m.rows()).isEqualTo(500L * (6 + 4));
        });
    }

    @Test
    void anUnknownPropagationTrainingIsRefusedNamingIt() {
        assertThat(PropagationTraining.parse("pretraining")).isEqualTo(PropagationTraining.PRETRAINING);
        assertThatThrownBy(() -> PropagationTraining.parse("Joint"))
                .hasMessage("--propagation-training must be joint or pretraining, got 'Joint'");
        assertThat(PropagationEmbedding.parse("last")).isEqualTo(PropagationEmbedding.LAST);
        assertThatThrownBy(() -> PropagationEmbedding.parse("both"))
                .hasMessage("--propagation-embeddings must be last or rounds, got 'both'");
    }

    // labelled rows: the class is the sign of feature 0
    static TrainSet labelledBySignOfFeature0() {
        float[][] l = {{1, 0, 0, 0}, {-1, 0, 0, 0}, {0.8f, 0, 0, 0}, {-0.8f, 0, 0, 0}, {0.9f, 0, 0, 0}, {-0.9f, 0, 0, 0}
        };
        return TrainSet.labelled(Nd4j.create(l), new int[] {1, 0, 1, 0, 1, 0}, 2);
    }

    // pseudolabelled rows: the class is the sign of feature 2
    static TrainSet pseudolabelledBySignOfFeature2() {
        float[][] u = {{0, 0, 1, 0}, {0, 0, -1, 0}, {0, 0, 0.7f, 0}, {0, 0, -0.7f, 0}};
        return new TrainSet(
                Nd4j.create(u),
                Nd4j.create(new float[][] {{0, 1}, {1, 0}, {0, 1}, {1, 0}}),
                Nd4j.ones(DataType.FLOAT, 4, 1));
    }
}
