package pseudolab.harness.strategy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Test-set predictions of teacher models by id (in the teachers' order), with the folds each one trained on. */
public record TestPredictions(Map<String, INDArray> byId, Map<String, List<Integer>> seenFolds) {
    /** Every model's current predictions for {@code testX}, computed once for use as teachers. */
    public static TestPredictions of(List<Trained> teachers, INDArray testX) {
        Map<String, INDArray> byId = new LinkedHashMap<>();
        Map<String, List<Integer>> seen = new HashMap<>();
        for (Trained t : teachers) {
            byId.put(t.id, t.predictor().predict(testX));
            seen.put(t.id, t.trainedOnFolds);
        }
        return new TestPredictions(byId, seen);
    }
}
