package pseudolab.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The headline table: each strategy's public and private score (mean and spread) and its gain over no-PL. */
public record StrategyTable(List<Row> rows) {

    /** One strategy: how many runs, mean and standard deviation of the public and private scores. */
    public record Row(String strategy, int runs, double publicMean, double publicStd, double privateMean,
                      double privateStd) {
    }

    public StrategyTable {
        rows = List.copyOf(rows);
    }

    /** The same rows, those named in {@code order} first and in that order. */
    public StrategyTable inOrder(List<String> order) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(r -> {
            int i = order.indexOf(r.strategy());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return new StrategyTable(sorted);
    }

    /** The row of the no-PL baseline, if present. */
    public Row baseline() {
        return rows.stream().filter(r -> r.strategy().equals("none")).findFirst().orElse(null);
    }

    /** A plain-text table for the terminal, with gains over no-PL in points of the metric. */
    public String render() {
        Row base = baseline();
        boolean spread = rows.stream().anyMatch(r -> r.runs() > 1);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-16s %5s  %-17s %-17s %-9s %-9s", "strategy", "runs",
                "public", "private", "gain pub", "gain priv"));
        for (Row r : rows) {
            lines.add(String.format(Locale.ROOT, "%-16s %5d  %-17s %-17s %-9s %-9s", label(r.strategy()), r.runs(),
                    value(r.publicMean(), r.publicStd(), spread), value(r.privateMean(), r.privateStd(), spread),
                    gain(r.publicMean(), base == null ? Double.NaN : base.publicMean(), r == base),
                    gain(r.privateMean(), base == null ? Double.NaN : base.privateMean(), r == base)));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String label(String strategy) {
        return strategy.equals("none") ? "no PL (none)" : strategy;
    }

    private static String value(double mean, double std, boolean spread) {
        if (Double.isNaN(mean)) {
            return "-";
        }
        return spread ? String.format(Locale.ROOT, "%.4f ± %.4f", mean, std) : String.format(Locale.ROOT, "%.4f", mean);
    }

    private static String gain(double value, double base, boolean isBase) {
        if (isBase || Double.isNaN(value) || Double.isNaN(base)) {
            return "";
        }
        return String.format(Locale.ROOT, "%+.4f", value - base);
    }
}
