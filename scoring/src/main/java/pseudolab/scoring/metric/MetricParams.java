package pseudolab.scoring.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pseudolab.scoring.ScoringException;

/** Reads metric parameters: {@code columns=a,b,c} for every metric, plus the few a metric declares. */
public final class MetricParams {
    private static final int MAX_THRESHOLDS = 1000;

    private MetricParams() {}

    /** The {@code columns} parameter as a list (empty when absent); throws for any other parameter. */
    public static List<String> columns(String metric, Map<String, String> params) {
        return columns(metric, params, Set.of());
    }

    /** The {@code columns} parameter; throws for any parameter that is neither it nor one of {@code others}. */
    public static List<String> columns(String metric, Map<String, String> params, Set<String> others) {
        for (String key : params.keySet()) {
            if (!key.equals("columns") && !others.contains(key)) {
                Set<String> known = new TreeSet<>(others);
                known.add("columns");
                throw new ScoringException("metric '" + metric + "' has no parameter '" + key + "' (known: "
                        + String.join(", ", known) + ")");
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

    /** A required whole number of at least 1, such as {@code height=101}. */
    public static int positiveInt(String metric, Map<String, String> params, String key, String example) {
        String value = params.get(key);
        if (value == null) {
            throw new ScoringException(
                    "metric '" + metric + "' needs the parameter " + key + " (e.g. " + example + ")");
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ScoringException(
                "metric '" + metric + "': " + key + "='" + value + "' is not a whole number of at least 1");
    }

    /**
     * IoU thresholds written {@code start:stop:step} (both ends included, e.g. 0.5:0.75:0.05) or as a list
     * {@code 0.5,0.75}; each the double nearest to its decimal value, strictly between 0 and 1.
     */
    public static double[] thresholds(String metric, String value) {
        String text = value.trim();
        List<BigDecimal> list = new ArrayList<>();
        try {
            String[] range = text.split(":", -1);
            if (range.length == 3) {
                BigDecimal start = new BigDecimal(range[0].trim());
                BigDecimal stop = new BigDecimal(range[1].trim());
                BigDecimal step = new BigDecimal(range[2].trim());
                if (step.signum() <= 0 || stop.compareTo(start) < 0) {
                    throw badThresholds(metric, value, "the step must be positive and stop at least start");
                }
                for (BigDecimal t = start; t.compareTo(stop) <= 0 && list.size() <= MAX_THRESHOLDS; t = t.add(step)) {
                    list.add(t);
                }
            } else if (range.length == 1) {
                for (String part : text.split(",", -1)) {
                    list.add(new BigDecimal(part.trim()));
                }
            } else {
                throw badThresholds(metric, value, "write start:stop:step or a comma-separated list");
            }
        } catch (NumberFormatException e) {
            throw badThresholds(metric, value, "not a number");
        }
        if (list.size() > MAX_THRESHOLDS) {
            throw badThresholds(metric, value, "more than " + MAX_THRESHOLDS + " thresholds");
        }
        double[] thresholds = new double[list.size()];
        for (int i = 0; i < thresholds.length; i++) {
            if (list.get(i).signum() <= 0 || list.get(i).compareTo(BigDecimal.ONE) >= 0) {
                throw badThresholds(metric, value, list.get(i) + " is not strictly between 0 and 1");
            }
            thresholds[i] = list.get(i).doubleValue();
        }
        return thresholds;
    }

    private static ScoringException badThresholds(String metric, String value, String why) {
        return new ScoringException("metric '" + metric + "': thresholds='" + value + "': " + why);
    }

    /** Weights written {@code name:weight,name:weight}, e.g. {@code age:0.3,domain1_var1:0.175}; finite numbers. */
    public static Map<String, Double> weights(String metric, Map<String, String> params, String example) {
        String value = params.get("weights");
        if (value == null) {
            throw new ScoringException("metric '" + metric + "' needs the parameter weights (e.g. " + example + ")");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String part : value.split(",", -1)) {
            int colon = part.lastIndexOf(':');
            String name = colon < 0 ? "" : part.substring(0, colon).trim();
            double weight;
            try {
                weight = colon < 0
                        ? Double.NaN
                        : Double.parseDouble(part.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (name.isEmpty() || !Double.isFinite(weight)) {
                throw new ScoringException("metric '" + metric + "': '" + part.trim() + "' in weights='" + value
                        + "' is not name:weight (e.g. " + example + ")");
            }
            if (weights.put(name, weight) != null) {
                throw new ScoringException("metric '" + metric + "': '" + name + "' is listed twice in weights");
            }
        }
        return java.util.Collections.unmodifiableMap(weights);
    }
}
