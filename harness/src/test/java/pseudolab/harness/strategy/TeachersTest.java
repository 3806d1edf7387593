package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;

/** Which fold models teach a fold, and their averaged predictions. */
class TeachersTest {
    /** Three fold models of a three-fold run: model k trained on every fold but k; two test rows, one output. */
    private static TestPredictions threeFoldModels() {
        Map<String, INDArray> byId = new LinkedHashMap<>();
        byId.put("f0", Nd4j.create(new float[] {1, 10}, new long[] {2, 1}));
        byId.put("f1", Nd4j.create(new float[] {2, 20}, new long[] {2, 1}));
        byId.put("f2", Nd4j.create(new float[] {6, 60}, new long[] {2, 1}));
        return new TestPredictions(byId, Map.of("f0", List.of(1, 2), "f1", List.of(0, 2), "f2", List.of(0, 1)));
    }

    @Test
    void everyModelTeachesEveryFoldWhenLeaky() {
        Teachers.Average a = new Teachers(3, false).average(threeFoldModels(), 0);
        assertThat(a.teachers()).containsExactly("f0", "f1", "f2");
        assertThat(a.predictions()).isDeepEqualTo(new float[][] {{3}, {30}});
    }

    @Test
    void nonLeakyTeachersAreOnlyTheModelsThatNeverSawTheFoldsRows() {
        Teachers nonLeaky = new Teachers(3, true);
        Teachers.Average fold0 = nonLeaky.average(threeFoldModels(), 0);
        assertThat(fold0.teachers()).containsExactly("f0");
        assertThat(fold0.predictions()).isDeepEqualTo(new float[][] {{1}, {10}});
        Teachers.Average fold2 = nonLeaky.average(threeFoldModels(), 2);
        assertThat(fold2.teachers()).containsExactly("f2");
        assertThat(fold2.predictions()).isDeepEqualTo(new float[][] {{6}, {60}});
    }

    @Test
    void aTeacherFromAnEarlierRoundThatSawNoFoldRowsTeachesEveryFoldNonLeaky() {
        Map<String, INDArray> byId = new LinkedHashMap<>();
        byId.put("a", Nd4j.create(new float[] {2, 4}, new long[] {2, 1}));
        byId.put("b", Nd4j.create(new float[] {4, 8}, new long[] {2, 1}));
        TestPredictions p = new TestPredictions(byId, Map.of("a", List.of(), "b", List.of(1)));
        Teachers.Average a = new Teachers(2, true).average(p, 1);
        assertThat(a.teachers()).containsExactly("a");
        assertThat(new Teachers(2, true).average(p, 0).predictions()).isDeepEqualTo(new float[][] {{3}, {6}});
    }

    @Test
    void withASingleFoldNonLeakyKeepsTheOnlyModelForThereIsNoHeldOutFold() {
        TestPredictions one = new TestPredictions(
                Map.of("f0", Nd4j.create(new float[] {5, 7}, new long[] {2, 1})), Map.of("f0", List.of(0)));
        Teachers.Average a = new Teachers(1, true).average(one, 0);
        assertThat(a.teachers()).containsExactly("f0");
        assertThat(a.predictions()).isDeepEqualTo(new float[][] {{5}, {7}});
    }

    @Test
    void aFoldWithNoAllowedTeacherIsAnErrorNamingTheFold() {
        TestPredictions sawAll = new TestPredictions(
                Map.of("x", Nd4j.create(new float[] {1, 1}, new long[] {2, 1})), Map.of("x", List.of(0, 1)));
        assertThatThrownBy(() -> new Teachers(2, true).average(sawAll, 1))
                .isInstanceOf(HarnessException.class)
                .hasMessage("no teacher model for fold 1 that never saw its rows");
    }

    @Test
    void averagingLeavesTheTeachersPredictionsUntouched() {
        TestPredictions p = threeFoldModels();
        new Teachers(3, false).average(p, 0);
        assertThat(p.byId().get("f0").toFloatVector()).containsExactly(1, 10);
    }
}
