package pseudolab.harness.strategy;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.learn.TrainSet;

/**
 * A regression's pseudolabels: every test row, with the allowed teachers' averaged (standardised) prediction as its
 * target; each step recorded with the pseudo-targets' RMSE against the known truth.
 */
public final class RegressionPseudolabeller implements Pseudolabeller {
    private final INDArray testX;
    private final ValueTruth truth;
    private final Selection selection;
    private final Teachers teachers;
    private final RunRecord record;
    private final KeptRows keptRows = new KeptRows();

    public RegressionPseudolabeller(
            INDArray testX, ValueTruth truth, Selection selection, Teachers teachers, RunRecord record) {
        this.testX = testX;
        this.truth = truth;
        this.selection = selection;
        this.teachers = teachers;
        this.record = record;
    }

    @Override
    public INDArray unlabelled() {
        return testX;
    }

    /** Keeps every row; {@code balanced} does not apply to numbers. */
    @Override
    public PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept, boolean balanced) {
        Teachers.Average average = teachers.average(predictions, fold);
        float[][] p = average.predictions();
        int n = p.length;
        double w = selection.weight() * scaleForKept.applyAsDouble(n);
        float[] y = new float[n];
        boolean[] mask = new boolean[n];
        for (int r = 0; r < n; r++) {
            y[r] = p[r][0];
            mask[r] = true;
        }
        int newRows = keptRows.newRows(fold, mask);
        record.pseudolabels(
                new PseudoLabelRecord(round, fold, average.teachers(), n, n, null, null, newRows, w, truth.rmse(p)));
        return new PseudoLabels(IntStream.range(0, n).toArray(), TrainSet.weightedValues(testX, y, w));
    }
}
