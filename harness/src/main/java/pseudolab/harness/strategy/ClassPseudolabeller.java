package pseudolab.harness.strategy;

import java.util.Arrays;
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

    /**
     * Every test row with its averaged teachers' top class, each weighted by the selection weight times its certainty
     * {@code 1 - H(p) / log(classes)} (Iscen et al. 2019: a row the teachers are sure of counts fully, a uniform one
     * not at all); no threshold or per-class cap. The record's weight is the mean.
     */
    public PseudoLabels certaintyWeighted(int round, int fold, TestPredictions predictions) {
        Teachers.Average average = teachers.average(predictions, fold);
        float[][] p = average.predictions();
        int n = p.length;
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, classes);
        INDArray weights = Nd4j.create(DataType.FLOAT, n, 1);
        int[] rows = new int[n];
        int correct = 0;
        int known = 0;
        double total = 0;
        for (int r = 0; r < n; r++) {
            int c = ConfidentRows.argmax(p[r]);
            double w = selection.weight() * certainty(p[r]);
            rows[r] = r;
            y.putScalar(r, c, 1f);
            weights.putScalar(r, 0, (float) w);
            total += w;
            Integer actual = truth.of(r);
            if (actual != null) {
                known++;
                correct += actual == c ? 1 : 0;
            }
        }
        boolean[] mask = new boolean[n];
        Arrays.fill(mask, true);
        record.pseudolabels(new PseudoLabelRecord(
                round,
                fold,
                average.teachers(),
                n,
                n,
                truth.available() ? correct : null,
                truth.available() && known > 0 ? (double) correct / known : null,
                keptRows.newRows(fold, mask),
                n == 0 ? 0 : total / n,
                null));
        return new PseudoLabels(rows, new TrainSet(testX, y, weights));
    }

    /** {@code 1 - H(p) / log(k)} for a probability row of k classes: 1 for one-hot, 0 for uniform. */
    static double certainty(float[] p) {
        double entropy = 0;
        for (float v : p) {
            entropy -= v > 0 ? v * Math.log(v) : 0;
        }
        return Math.max(0, 1 - entropy / Math.log(p.length));
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
