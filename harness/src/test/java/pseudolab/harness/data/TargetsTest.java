package pseudolab.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import pseudolab.harness.HarnessException;
import pseudolab.harness.cv.Folds;

/** The dataset's targets per task: class labels or numbers, never both. */
class TargetsTest {
    private static Dataset dataset(Targets targets, List<String> submissionColumns) {
        int rows = targets.rows();
        return new Dataset(
                List.of("a"),
                new float[rows],
                targets,
                new float[1],
                List.of("t1"),
                "id",
                submissionColumns,
                "standardised");
    }

    @Test
    void classTargetsOrderNumericLabelsAsNumbersAndTextLabelsAsText() {
        ClassTargets numbers = ClassTargets.of(List.of("10", "9", "2", "10"));
        assertThat(numbers.classes()).containsExactly("2", "9", "10");
        assertThat(numbers.indices()).containsExactly(2, 1, 0, 2);
        assertThat(numbers.count()).isEqualTo(3);
        assertThat(numbers.rows()).isEqualTo(4);

        ClassTargets words = ClassTargets.of(List.of("dog", "cat", "10", "9"));
        assertThat(words.classes()).containsExactly("10", "9", "cat", "dog");
        assertThat(words.indices()).containsExactly(3, 2, 0, 1);
    }

    @Test
    void fewerThanTwoClassesOrAnIndexOutsideThemIsRefused() {
        assertThatThrownBy(() -> ClassTargets.of(List.of("cat", "cat")))
                .isInstanceOf(HarnessException.class)
                .hasMessage("train has 1 class(es); at least 2 are needed");
        assertThatThrownBy(() -> new ClassTargets(List.of("a", "b"), new int[] {0, 2}))
                .hasMessage("class index 2 is outside the 2 classes");
    }

    @Test
    void numericTargetsMustBeFinite() {
        assertThat(new NumericTargets(new float[] {1.5f, -2f}).rows()).isEqualTo(2);
        assertThatThrownBy(() -> new NumericTargets(new float[] {1f, Float.NaN}))
                .hasMessage("regression target 1 is not a finite number: NaN");
    }

    @Test
    void numericTargetsTrainStandardisedWithTheirOwnMeanAndStandardDeviation() {
        NumericTargets targets = new NumericTargets(new float[] {6, 6, 14, 14});
        assertThat(targets.scaling()).isEqualTo(new TargetScaling(10, 4));
        assertThat(targets.standardised()).containsExactly(-1, -1, 1, 1);
        assertThat(targets.values()).containsExactly(6, 6, 14, 14);
    }

    @Test
    void aDatasetsTaskAndSubmissionLayoutFollowFromItsTargets() {
        Dataset regression = dataset(new NumericTargets(new float[] {0.5f, 1.5f}), List.of("y"));
        assertThat(regression.task()).isEqualTo(Task.REGRESSION);
        assertThat(regression.regression()).isTrue();
        assertThat(regression.probabilities()).isFalse();
        assertThat(regression.trainRows()).isEqualTo(2);

        ClassTargets labels = ClassTargets.of(List.of("cat", "dog"));
        assertThat(dataset(labels, List.of("y")).probabilities()).isFalse();
        Dataset probabilities = dataset(labels, List.of("cat", "dog"));
        assertThat(probabilities.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(probabilities.probabilities()).isTrue();
    }

    @Test
    void aRegressionWithMoreThanOneSubmissionColumnOrRowsThatDisagreeIsRefused() {
        assertThatThrownBy(() -> dataset(new NumericTargets(new float[] {1f}), List.of("y", "z")))
                .hasMessage("inconsistent regression dataset: 2 submission columns");
        assertThatThrownBy(() -> new Dataset(
                        List.of("a"),
                        new float[3],
                        new NumericTargets(new float[2]),
                        new float[1],
                        List.of("t1"),
                        "id",
                        List.of("y"),
                        "standardised"))
                .hasMessage("inconsistent dataset shapes");
    }

    @Test
    void foldsStratifyClassTargetsAndDealNumericTargetsAsOneStratum() {
        ClassTargets labels = ClassTargets.of(List.of("a", "b", "a", "b", "a", "b"));
        assertThat(Folds.of(labels, 3, 7L).assignment())
                .containsExactly(Folds.stratified(labels.indices(), 2, 3, 7L).assignment());
        Folds numeric = Folds.of(new NumericTargets(new float[] {1, 2, 3, 4, 5, 6}), 3, 7L);
        assertThat(numeric.assignment())
                .containsExactly(Folds.stratified(new int[6], 1, 3, 7L).assignment());
        for (int f = 0; f < 3; f++) {
            assertThat(numeric.validationRows(f)).hasSize(2);
        }
    }
}
