package pseudolab.harness.strategy;

import java.util.function.IntToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.TrainSet;

/**
 * A classification's pseudolabels: the test rows the averaged teachers are confident about ({@link ConfidentRows}),
 * one-hot or with the teachers' probabilities, each step recorded with how many match the known truth.
 */
public final class ClassPseudolabeller implements Pseudolabeller {
    private final INDArray testX;
    private final int classes;
    private final ClassTruth truth;
    private final Selection selection;
    private final Teachers teachers;
    private final RunRecord record;
    private final KeptRows keptRows = new KeptRows();

    public ClassPseudolabeller(
            INDArray testX, int classes, ClassTruth truth, Selection selection, Teachers teachers, RunRecord record) {
        this.testX = testX;
        this.classes = classes;
        this.truth = truth;
        this.selection = selection;
        this.teachers = teachers;
        this.record = record;
    }

    @Override
    public INDArray unlabelled() {
        return testX;
    }

    /** The test rows' known classes (for provenance only). */
    public ClassTruth truth() {
        return truth;
    }

    @Override
    public PseudoLabels pseudolabel(
            int round, int fold, TestPredictions predictions, IntToDoubleFunction scaleForKept, boolean balanced) {
        Teachers.Average average = teachers.average(predictions, fold);
        float[][] p = average.predictions();
        int[] kept = ConfidentRows.select(p, classes, selection, balanced);
        double w = selection.weight() * scaleForKept.applyAsDouble(kept.length);
        INDArray x = kept.length == 0 ? Nd4j.create(DataType.FLOAT, 0, testX.columns()) : Nd4j.pullRows(testX, 1, kept);
        INDArray y = Nd4j.zeros(DataType.FLOAT, kept.length, classes);
        int correct = 0;
        int known = 0;
        boolean[] mask = new boolean[p.length];
        for (int i = 0; i < kept.length; i++) {
            int r = kept[i];
            int c = ConfidentRows.argmax(p[r]);
            if (selection.soft()) {
                for (int j = 0; j < classes; j++) {
                    y.putScalar(i, j, p[r][j]);
                }
            } else {
                y.putScalar(i, c, 1f);
            }
            Integer actual = truth.of(r);
            if (actual != null) {
                known++;
                correct += actual == c ? 1 : 0;
            }
            mask[r] = true;
        }
        int newRows = keptRows.newRows(fold, mask);
        record.pseudolabels(new PseudoLabelRecord(
                round,
                fold,
                average.teachers(),
                p.length,
                kept.length,
                truth.available() ? correct : null,
                truth.available() && known > 0 ? (double) correct / known : null,
                newRows,
                w,
                null));
        INDArray weights = Nd4j.valueArrayOf(new long[] {kept.length, 1}, (float) w);
        return new PseudoLabels(kept, new TrainSet(x, y, weights));
    }
}
