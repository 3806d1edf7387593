package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.HarnessException;

/**
 * Which teachers label a fold's pseudolabels: every model (leaky), or with {@code nonLeaky} only the models that never
 * saw the fold's real rows (with a single fold every model is allowed: there is no held-out fold to leak).
 */
public record Teachers(int folds, boolean nonLeaky) {
    /** The allowed teachers' ids and their averaged test predictions, one row per test row. */
    public record Average(List<String> teachers, float[][] predictions) {
        public Average {
            teachers = List.copyOf(teachers);
        }
    }

    /** The average of the predictions of the teachers allowed for {@code fold}; none allowed is an error naming it. */
    public Average average(TestPredictions predictions, int fold) {
        List<String> ids = new ArrayList<>();
        INDArray sum = null;
        for (var e : predictions.byId().entrySet()) {
            boolean sawFold =
                    folds > 1 && predictions.seenFolds().get(e.getKey()).contains(fold);
            if (nonLeaky && sawFold) {
                continue;
            }
            ids.add(e.getKey());
            sum = sum == null ? e.getValue().dup() : sum.addi(e.getValue());
        }
        if (sum == null) {
            throw new HarnessException("no teacher model for fold " + fold + " that never saw its rows");
        }
        return new Average(ids, sum.divi(ids.size()).toFloatMatrix());
    }
}
