package pseudolab.scoring;

import java.util.List;
import java.util.Map;

/** The registry of metrics by name (accuracy, logloss, auc, rmse, mae, macro_f1, ...). */
public final class Metrics {
    private Metrics() {
    }

    /** The known metric names, sorted. */
    public static List<String> names() {
        throw new UnsupportedOperationException("TODO scoring");
    }

    /** The metric called {@code name} with its parameters (e.g. {@code columns=a,b}); unknown names throw. */
    public static Metric create(String name, Map<String, String> params) {
        throw new UnsupportedOperationException("TODO scoring");
    }
}
