package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Mlp;
import pseudolab.harness.progress.Progress;

class WorkbenchTest {
    // six test rows, two classes: top probabilities 0.99, 0.95, 0.6, 0.97, 0.92, 0.55
    private static final float[] PROBS = {
        0.99f, 0.01f, 0.95f, 0.05f, 0.6f, 0.4f, 0.03f, 0.97f, 0.08f, 0.92f, 0.45f, 0.55f
    };
    private static final int[] TRUTH = {0, 1, 0, 1, 1, 1};

    private final RunRecord record = new RunRecord();

    /** A two-fold classification's pseudolabeller over the six test rows with their known classes. */
    private ClassPseudolabeller bench(Selection selection, boolean nonLeaky) {
        var testX = Nd4j.create(new float[12], new long[] {6, 2});
        return new ClassPseudolabeller(testX, 2, new ClassTruth(TRUTH), selection, new Teachers(2, nonLeaky), record);
    }

    private static TestPredictions teacher(String id, List<Integer> seen) {
        return new TestPredictions(Map.of(id, Nd4j.create(PROBS, new long[] {6, 2})), Map.of(id, seen));
    }

    @Test
    void theThresholdKeepsRowsWhoseTopProbabilityExceedsItAndHardLabelsAreOneHot() {
        ClassPseudolabeller b = bench(new Selection("hard", 0.9, 0, 2.0), false);
        PseudoLabels pl = b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.5);
        assertThat(pl.rows()).containsExactly(0, 1, 3, 4);
        assertThat(pl.set().targets().toFloatMatrix()).isDeepEqualTo(new float[][] {{1, 0}, {1, 0}, {0, 1}, {0, 1}});
        assertThat(pl.set().weights().toFloatVector()).containsOnly(3f);
        PseudoLabelRecord r = record.pseudolabelRecords().get(0);
        assertThat(r.kept()).isEqualTo(4);
        assertThat(r.correct()).isEqualTo(3);
        assertThat(r.accuracy()).isEqualTo(0.75);
        assertThat(r.teachers()).containsExactly("t");
    }

    @Test
    void certaintyWeightingKeepsEveryRowWithItsTopClassWeightedByOneMinusNormalisedEntropy() {
        ClassPseudolabeller b = bench(new Selection("hard", 0.9, 0, 2.0), false);
        PseudoLabels pl = b.certaintyWeighted(1, 0, teacher("t", List.of(1)));
        assertThat(pl.rows()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(pl.set().targets().toFloatMatrix())
                .isDeepEqualTo(new float[][] {{1, 0}, {1, 0}, {1, 0}, {0, 1}, {0, 1}, {0, 1}});
        float[] w = pl.set().weights().toFloatVector();
        for (int r = 0; r < 6; r++) {
            double p = Math.max(PROBS[2 * r], PROBS[2 * r + 1]);
            double bits = -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
            assertThat((double) w[r]).as("row " + r).isCloseTo(2.0 * (1 - bits), within(1e-5));
        }
        assertThat(w[0]).isGreaterThan(w[1]).isGreaterThan(w[2]);
        PseudoLabelRecord r = record.pseudolabelRecords().get(0);
        assertThat(r.kept()).isEqualTo(6);
        assertThat(r.correct()).isEqualTo(5);
        assertThat(r.weight()).isCloseTo(pl.set().weights().meanNumber().doubleValue(), within(1e-6));
    }

    @Test
    void certaintyIsOneForAOneHotRowZeroForAUniformOneAndHalfForTwoOfFourClasses() {
        assertThat(ClassPseudolabeller.certainty(new float[] {0, 1, 0})).isEqualTo(1.0);
        assertThat(ClassPseudolabeller.certainty(new float[] {0.25f, 0.25f, 0.25f, 0.25f}))
                .isCloseTo(0, within(1e-7));
        assertThat(ClassPseudolabeller.certainty(new float[] {0.5f, 0.5f, 0, 0}))
                .isCloseTo(0.5, within(1e-7));
    }

    @Test
    void topKPerClassKeepsTheMostConfidentRowsOfEachClass() {
        ClassPseudolabeller b = bench(new Selection("hard", 0.0, 1, 1.0), false);
        assertThat(b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.0).rows()).containsExactly(0, 3);
    }

    @Test
    void softLabelsAreTheTeachersProbabilities() {
        ClassPseudolabeller b = bench(new Selection("soft", 0.96, 0, 1.0), false);
        PseudoLabels pl = b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.0);
        assertThat(pl.set().targets().toFloatMatrix()).isDeepEqualTo(new float[][] {{0.99f, 0.01f}, {0.03f, 0.97f}});
    }

    @Test
    void nonLeakyModeRefusesTeachersThatSawTheFold() {
        ClassPseudolabeller b = bench(Selection.defaults(), true);
        assertThatThrownBy(() -> b.pseudolabel(1, 1, teacher("t", List.of(1)), 1.0))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("never saw its rows");
        assertThat(b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.0).size()).isEqualTo(4);
    }

    @Test
    void newRowsCountOnlyRowsNotKeptInThePreviousStep() {
        ClassPseudolabeller b = bench(Selection.defaults(), false);
        b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.0);
        b.pseudolabel(2, 0, teacher("t", List.of(1)), 1.0);
        assertThat(record.pseudolabelRecords())
                .extracting(PseudoLabelRecord::newRows)
                .containsExactly(4, 0);
    }

    @Test
    void aClassificationWorkbenchTrainsEachFoldOnTheOtherFoldsRowsWithTheirClassesOneHot() {
        // train row i has feature i and class i % 2; two folds
        var trainX = Nd4j.create(new float[] {0, 1, 2, 3, 4, 5}, new long[] {6, 1});
        var testX = Nd4j.create(new float[] {7, 8}, new long[] {2, 1});
        Folds folds = Folds.stratified(new int[] {0, 1, 0, 1, 0, 1}, 2, 2, 1);
        Workbench b = Workbench.classification(
                new Mlp(LearnerOptions.defaults(), null),
                folds,
                new ClassificationRows(
                        trainX,
                        new ClassTargets(List.of("a", "b"), new int[] {0, 1, 0, 1, 0, 1}),
                        testX,
                        ClassTruth.none()),
                Selection.defaults(),
                false,
                2,
                1,
                Progress.quiet());
        assertThat(b.regression()).isFalse();
        assertThat(b.folds()).isEqualTo(2);
        assertThat(b.unlabelled()).isSameAs(testX);
        for (int f = 0; f < 2; f++) {
            var set = b.labelled(f);
            float[][] x = set.features().toFloatMatrix();
            float[][] y = set.targets().toFloatMatrix();
            assertThat(x.length).isEqualTo(folds.trainRows(f).length);
            for (int i = 0; i < x.length; i++) {
                int row = (int) x[i][0];
                assertThat(folds.trainRows(f)).contains(row);
                assertThat(y[i]).containsExactly(row % 2 == 0 ? new float[] {1, 0} : new float[] {0, 1});
            }
        }
        assertThat(b.labelled(0)).isSameAs(b.labelled(0));
    }

    @Test
    void withoutASolutionPseudolabelsCountNoCorrectRowsAndNoAccuracy() {
        var testX = Nd4j.create(new float[12], new long[] {6, 2});
        ClassPseudolabeller b = new ClassPseudolabeller(
                testX, 2, ClassTruth.none(), Selection.defaults(), new Teachers(2, false), record);
        assertThat(b.pseudolabel(1, 0, teacher("t", List.of(1)), 1.0).size()).isEqualTo(4);
        assertThat(record.pseudolabelRecords().get(0).correct()).isNull();
        assertThat(record.pseudolabelRecords().get(0).accuracy()).isNull();
    }

    @Test
    void leesAlphaIsZeroThenRisesLinearlyToItsFinalValue() {
        Simultaneous s = new Simultaneous(3.0);
        assertThat(s.alpha(0, 10)).isZero();
        assertThat(s.alpha(1, 10)).isZero();
        assertThat(s.alpha(2, 10)).isZero();
        assertThat(s.alpha(4, 10)).isEqualTo(1.5);
        assertThat(s.alpha(6, 10)).isEqualTo(3.0);
        assertThat(s.alpha(9, 10)).isEqualTo(3.0);
    }
}
