package pseudolab.app.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headline table: each strategy's public and private score (mean and spread), its gain over no-PL and, where it
 * was measured, its wall time per run.
 */
public record StrategyTable(List<Row> rows) {

    /**
     * One strategy: how many runs, mean and standard deviation of the public and private scores, the row its gain is
     * measured against (the no-PL run with the same model and augmentation) and its wall time per run (null when not
     * measured, as for the server's comparison).
     */
    public record Row(
            String strategy,
            int runs,
            double publicMean,
            double publicStd,
            double privateMean,
            double privateStd,
            String baseline,
            WallTime wallTime) {
        /** A row measured against the plain {@code none} row, its wall time unknown. */
        public Row(
                String strategy, int runs, double publicMean, double publicStd, double privateMean, double privateStd) {
            this(strategy, runs, publicMean, publicStd, privateMean, privateStd, "none", null);
        }
    }

    /** The shortest and longest wall time of a strategy's runs, in seconds. */
    public record WallTime(double minSeconds, double maxSeconds) {
        /** Spans the given run times. */
        public static WallTime of(double... seconds) {
            return new WallTime(
                    Arrays.stream(seconds).min().orElseThrow(),
                    Arrays.stream(seconds).max().orElseThrow());
        }

        /** "68 s" for one run time, "68-353 s" for a span (whole seconds). */
        public String render() {
            long lo = Math.round(minSeconds);
            long hi = Math.round(maxSeconds);
            return lo == hi ? lo + " s" : lo + "-" + hi + " s";
        }
    }

    public StrategyTable {
        rows = List.copyOf(rows);
    }

    /** The same rows, those named in {@code order} first and in that order. */
    public StrategyTable inOrder(List<String> order) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> {
            int i = order.indexOf(r.strategy());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return new StrategyTable(sorted);
    }

    /** The same rows with the wall times measured for them (rows not in {@code times} keep theirs). */
    public StrategyTable withWallTimes(Map<String, WallTime> times) {
        return new StrategyTable(rows.stream()
                .map(r -> new Row(
                        r.strategy(),
                        r.runs(),
                        r.publicMean(),
                        r.publicStd(),
                        r.privateMean(),
                        r.privateStd(),
                        r.baseline(),
                        times.getOrDefault(r.strategy(), r.wallTime())))
                .toList());
    }

    /** The row of the no-PL baseline, if present. */
    public Row baseline() {
        return row("none");
    }

    /** The row named {@code strategy}, or null. */
    public Row row(String strategy) {
        return rows.stream()
                .filter(r -> r.strategy().equals(strategy))
                .findFirst()
                .orElse(null);
    }

    /** A plain-text table for the terminal, with each row's gain over its matching no-PL row in points of the metric. */
    public String render() {
        boolean spread = rows.stream().anyMatch(r -> r.runs() > 1);
        boolean severalBaselines = rows.stream().map(Row::baseline).distinct().count() > 1;
        boolean timed = rows.stream().anyMatch(r -> r.wallTime() != null);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                        Locale.ROOT,
                        "%-17s %5s  %-17s %-17s %-9s %-9s %-12s%s",
                        "strategy",
                        "runs",
                        "public",
                        "private",
                        "gain pub",
                        "gain priv",
                        timed ? "time per run" : "",
                        severalBaselines ? " vs" : "")
                .stripTrailing());
        for (Row r : rows) {
            Row base = r.baseline() == null ? null : row(r.baseline());
            lines.add(String.format(
                            Locale.ROOT,
                            "%-17s %5d  %-17s %-17s %-9s %-9s %-12s%s",
                            label(r.strategy()),
                            r.runs(),
                            value(r.publicMean(), r.publicStd(), spread),
                            value(r.privateMean(), r.privateStd(), spread),
                            gain(r.publicMean(), base == null ? Double.NaN : base.publicMean(), r == base),
                            gain(r.privateMean(), base == null ? Double.NaN : base.privateMean(), r == base),
                            r.wallTime() == null ? "" : r.wallTime().render(),
                            severalBaselines && base != null && r != base ? " " + base.strategy() : "")
                    .stripTrailing());
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
