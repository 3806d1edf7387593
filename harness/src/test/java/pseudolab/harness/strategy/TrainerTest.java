package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Mlp;
import pseudolab.harness.progress.Progress;

/** Fresh fold networks: named and seeded by fold, round and stage, and recorded as they are made. */
class TrainerTest {
    private static Trainer trainer(long seed, RunRecord record) {
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

    private static String fingerprint(Trained t) {
        return t.network().fingerprint();
    }
}
