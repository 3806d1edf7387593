package pseudolab.harness.strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.NumericTargets;
import pseudolab.harness.learn.TrainSet;

/** The real labelled rows each fold's models train on (built once per fold): one-hot classes or standardised numbers. */
public final class LabelledFolds {
    private final Folds folds;
    private final Function<int[], TrainSet> rows;
    private final Map<Integer, TrainSet> byFold = new HashMap<>();

    private LabelledFolds(Folds folds, Function<int[], TrainSet> rows) {
        this.folds = folds;
        this.rows = rows;
    }

    /** A classification's folds: each train row with its class one-hot. */
    public static LabelledFolds of(Folds folds, INDArray trainX, ClassTargets targets) {
        int[] classes = targets.indices();
        return new LabelledFolds(folds, rows -> {
            int[] y = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                y[i] = classes[rows[i]];
            }
            return TrainSet.labelled(Nd4j.pullRows(trainX, 1, rows), y, targets.count());
        });
    }

    /** A regression's folds: each train row with its target standardised ({@link NumericTargets#standardised()}). */
    public static LabelledFolds of(Folds folds, INDArray trainX, NumericTargets targets) {
        float[] standardised = targets.standardised();
        return new LabelledFolds(folds, rows -> {
            float[] v = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = standardised[rows[i]];
            }
            return TrainSet.values(Nd4j.pullRows(trainX, 1, rows), v);
        });
    }

    /** How many folds there are. */
    public int k() {
        return folds.k();
    }

    /** The real labelled rows fold {@code fold}'s models train on. */
    public TrainSet of(int fold) {
        return byFold.computeIfAbsent(fold, f -> rows.apply(folds.trainRows(f)));
    }
}
