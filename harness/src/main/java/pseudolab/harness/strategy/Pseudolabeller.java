package pseudolab.harness.strategy;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns teachers' test predictions into a fold's pseudolabelled training rows and records each step: confident
 * classes for a classification, every row's predicted value for a regression.
 */
public sealed interface Pseudolabeller permits ClassPseudolabeller, RegressionPseudolabeller {
    /** The unlabelled test rows' features. */
    INDArray unlabelled();

    /**
     * Pseudolabels for {@code fold} from the averaged predictions of its allowed teachers; each kept row's loss weight
     * is the selection weight times {@code scaleForKept} of the number of rows kept; {@code balanced} (classification,
     * no per-class cap given) keeps as many rows per class as the least represented non-empty class.
     */
    PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept, boolean balanced);

    /** Every model's current test-set predictions, computed once for use as teachers. */
    default TestPredictions predictTest(List<Trained> teachers) {
        return TestPredictions.of(teachers, unlabelled());
    }

    /** As {@link #pseudolabel(int, int, TestPredictions, IntToDoubleFunction, boolean)} with a fixed weight scale. */
    default PseudoLabels pseudolabel(int round, int fold, TestPredictions predictions, double weightScale) {
        return pseudolabel(round, fold, predictions, kept -> weightScale, false);
    }

    /**
     * As {@link #pseudolabel(int, int, TestPredictions, double)}, class-balanced when {@code balanced} (Xie et al.
     * 2020 balanced their pseudolabelled data per class: a teacher's bias towards one class must not become the
     * student's).
     */
    default PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, double weightScale, boolean balanced) {
        return pseudolabel(round, fold, predictions, kept -> weightScale, balanced);
    }

    /** As {@link #pseudolabel(int, int, TestPredictions, double)} with a weight scale that depends on the rows kept. */
    default PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept) {
        return pseudolabel(round, fold, predictions, scaleForKept, false);
    }
}
