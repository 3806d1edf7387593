package pseudolab.scoring.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pseudolab.scoring.ScoringException;

/** Reads metric parameters; every built-in metric takes {@code columns=a,b,c} and nothing else. */
public final class MetricParams {
    private MetricParams() {
    }

    /** The {@code columns} parameter as a list (empty when absent); throws for any other parameter. */
    public static List<String> columns(String metric, Map<String, String> params) {
        for (String key : params.keySet()) {
            if (!key.equals("columns")) {
                throw new ScoringException("metric '" + metric + "' has no parameter '" + key + "' (known: columns)");
            }
        }
        String value = params.get("columns");
        if (value == null) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String column = part.trim();
            if (column.isEmpty()) {
                throw new ScoringException("metric '" + metric + "': empty column name in columns='" + value + "'");
            }
            if (columns.contains(column)) {
                throw new ScoringException("metric '" + metric + "': column '" + column + "' is listed twice");
            }
            columns.add(column);
        }
        return List.copyOf(columns);
    }
}
