package pseudolab.scoring.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pseudolab.scoring.ScoringException;

/**
 * TReNDS' weighted normalized absolute error: rows have ids {@code <subject>_<target>} (split at the first
 * underscore); per target, the sum of absolute errors over the sum of true values; the score is the
 * weighted sum over the targets present. True values must be positive. Lower is better.
 */
public record WeightedNae(List<String> columns, Map<String, Double> weights) implements ColumnMetric {
    public static final String NAME = "weighted_nae";
    static final String EXAMPLE =
            "weights=age:0.3,domain1_var1:0.175,domain1_var2:0.175,domain2_var1:0.175," + "domain2_var2:0.175";

    public WeightedNae {
        columns = List.copyOf(columns);
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    /** The metric with its parameters: {@code weights=target:w,...} (required) and {@code columns}. */
    public static WeightedNae of(Map<String, String> params) {
        List<String> columns = MetricParams.columns(NAME, params, Set.of("weights"));
        return new WeightedNae(columns, MetricParams.weights(NAME, params, EXAMPLE));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.NUMBER;
    }

    @Override
    public int maxColumns() {
        return 1;
    }

    @Override
    public String solutionProblem(Table table, int row) {
        String id = table.id(row);
        int underscore = id.indexOf('_');
        if (underscore < 0) {
            return "the id has no '_' between subject and target (expected e.g. 10003_age)";
        }
        String target = id.substring(underscore + 1);
        if (!weights.containsKey(target)) {
            return "target '" + target + "' has no weight (weights: " + String.join(", ", weights.keySet()) + ")";
        }
        double truth = table.truthNumbers(0)[row];
        return truth > 0
                ? null
                : "true value " + truth + " in column '" + table.columns().get(0)
                        + "' must be positive (the errors are divided by the sum of true values)";
    }

    @Override
    public double score(Table table, int[] rows) {
        if (!table.hasIds()) {
            throw new ScoringException(
                    "metric '" + NAME + "' reads each row's target from its id; score it against a" + " solution file");
        }
        List<String> targets = new ArrayList<>(weights.keySet());
        double[] errors = new double[targets.size()];
        double[] totals = new double[targets.size()];
        double[] truth = table.truthNumbers(0);
        double[] predicted = table.predictedNumbers(0);
        for (int row : rows) {
            String id = table.id(row);
            int target = targets.indexOf(id.substring(id.indexOf('_') + 1));
            errors[target] += Math.abs(truth[row] - predicted[row]);
            totals[target] += truth[row];
        }
        double score = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (totals[t] > 0) {
                score += weights.get(targets.get(t)) * errors[t] / totals[t];
            }
        }
        return score;
    }
}
