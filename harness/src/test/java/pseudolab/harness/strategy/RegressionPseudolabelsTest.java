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
import pseudolab.harness.data.NumericTargets;
import pseudolab.harness.data.Task;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Mlp;
import pseudolab.harness.progress.Progress;

class RegressionPseudolabelsTest {
    /** Train targets 6, 6, 14, 14 (mean 10, standard deviation 4: standardised -1, -1, 1, 1); {@code truth} in units. */
    private static Workbench bench(float[] truth) {
        var trainX = Nd4j.create(new float[] {0, 1, 2, 3}, new long[] {4, 1});
        var testX = Nd4j.create(new float[] {10, 20, 30}, new long[] {3, 1});
        return Workbench.regression(
                new Mlp(LearnerOptions.defaults(), null, Task.REGRESSION),
                Folds.stratified(new int[4], 1, 2, 1),
                new RegressionRows(trainX, new NumericTargets(new float[] {6, 6, 14, 14}), testX, truth),
                new Selection("hard", 0.9, 0, 2.0),
                false,
                2,
                1,
                Progress.quiet());
    }

    private static TestPredictions teachers() {
        return new TestPredictions(
                Map.of(
                        "a",
                        Nd4j.create(new float[] {1, 2, 3}, new long[] {3, 1}),
                        "b",
                        Nd4j.create(new float[] {3, 2, 1}, new long[] {3, 1})),
                Map.of("a", List.of(1), "b", List.of(0)));
    }

    private static PseudoLabelRecord r(Workbench b) {
        return b.record().pseudolabelRecords().get(0);
    }

    @Test
    void everyTestRowIsKeptWithTheTeachersAveragedPredictionAsItsTarget() {
        // standardised truth 2, unknown, 1
        Workbench b = bench(new float[] {18, Float.NaN, 14});
        PseudoLabels pl = b.pseudolabeller().pseudolabel(1, 0, teachers(), 1.5);
        assertThat(pl.rows()).containsExactly(0, 1, 2);
        // weight 2 x 1.5 = 3
        assertThat(pl.set().weights().toFloatVector()).containsOnly(3f);
        assertThat(pl.set().targets().toFloatVector()).containsExactly(new float[] {2, 2, 2}, within(1e-6f));
        assertThat(r(b).weight()).isEqualTo(3.0);
        assertThat(pl.set().features().toFloatMatrix()).isDeepEqualTo(new float[][] {{10}, {20}, {30}});
        PseudoLabelRecord r = b.record().pseudolabelRecords().get(0);
        assertThat(r.kept()).isEqualTo(3);
        assertThat(r.accuracy()).isNull();
        assertThat(r.correct()).isNull();
        // known truth rows 0 and 2: standardised errors 0 and 1, RMSE sqrt(1/2), times the standard deviation 4
        assertThat(r.pseudoTargetRmse()).isCloseTo(4 * Math.sqrt(0.5), within(1e-6));
    }

    @Test
    void withoutASolutionThePseudoTargetRmseIsNull() {
        Workbench b = bench(null);
        b.pseudolabeller().pseudolabel(1, 0, teachers(), 1.0);
        assertThat(b.record().pseudolabelRecords().get(0).pseudoTargetRmse()).isNull();
        assertThat(b.regression()).isTrue();
    }

    @Test
    void labelledRowsTrainOnTheirStandardisedTargets() {
        Workbench b = bench(null);
        float[] all = {-1, -1, 1, 1};
        for (int f = 0; f < 2; f++) {
            var set = b.labelled(f);
            assertThat(set.targets().columns()).isEqualTo(1);
            float[][] x = set.features().toFloatMatrix();
            float[][] y = set.targets().toFloatMatrix();
            for (int i = 0; i < x.length; i++) {
                assertThat(y[i][0]).isEqualTo(all[(int) x[i][0]]);
            }
        }
    }

    @Test
    void labelPropagationRefusesARegressionBeforeAnyTraining() {
        Workbench b = bench(null);
        assertThatThrownBy(() -> Strategies.create("label-propagation").run(b))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("label-propagation spreads class labels");
        assertThat(b.record().models()).isEmpty();
    }
}
