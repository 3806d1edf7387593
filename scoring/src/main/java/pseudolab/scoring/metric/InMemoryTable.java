package pseudolab.scoring.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.csv.NumberParser;

/** Builds a {@link Table} from rows of strings, for {@link ColumnMetric#evaluate}. */
final class InMemoryTable {
    private InMemoryTable() {}

    static double evaluate(ColumnMetric metric, List<String> columns, List<String[]> truth, List<String[]> predicted) {
        if (truth.size() != predicted.size()) {
            throw new ScoringException("metric '" + metric.name() + "': " + truth.size() + " truth rows but "
                    + predicted.size() + " predicted rows");
        }
        if (truth.isEmpty()) {
            throw new ScoringException("metric '" + metric.name() + "': no rows to score");
        }
        checkWidths("truth", columns, truth);
        checkWidths("predicted", columns, predicted);
        List<String> scored = metric.scoredColumns(columns);
        int n = truth.size();
        Table table = switch (metric.kind()) {
            case NUMBER -> numbers(metric, columns, scored, truth, predicted);
            case LABEL -> labels(columns, scored, truth, predicted);
            case TEXT -> texts(columns, scored, truth, predicted);
        };
        for (int row = 0; row < n; row++) {
            String problem = metric.rowProblem(table, row);
            if (problem != null) {
                throw new ScoringException("predicted row " + row + ": " + problem);
            }
        }
        return metric.score(table, IntStream.range(0, n).toArray());
    }

    private static void checkWidths(String what, List<String> columns, List<String[]> rows) {
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).length != columns.size()) {
                throw new ScoringException(what + " row " + row + " has " + rows.get(row).length + " values, expected "
                        + columns.size() + " (" + String.join(", ", columns) + ")");
            }
        }
    }

    private static Table numbers(
            ColumnMetric metric,
            List<String> columns,
            List<String> scored,
            List<String[]> truth,
            List<String[]> predicted) {
        NumberParser parser = new NumberParser();
        double[][] t = new double[scored.size()][];
        double[][] p = new double[scored.size()][];
        for (int j = 0; j < scored.size(); j++) {
            int c = columns.indexOf(scored.get(j));
            t[j] = parse(parser, "truth", scored.get(j), truth, c, ValueRange.ANY);
            p[j] = parse(parser, "predicted", scored.get(j), predicted, c, metric.range());
        }
        return Table.ofNumbers(scored, t, p);
    }

    private static double[] parse(
            NumberParser parser, String what, String column, List<String[]> rows, int c, ValueRange range) {
        double[] values = new double[rows.size()];
        for (int row = 0; row < values.length; row++) {
            String cell = rows.get(row)[c];
            if (cell == null || !parser.parse(cell) || !Double.isFinite(parser.value())) {
                throw new ScoringException(
                        what + " row " + row + ", column '" + column + "': '" + cell + "' is not a finite number");
            }
            if (!range.contains(parser.value())) {
                throw new ScoringException(
                        what + " row " + row + ", column '" + column + "': " + cell + " is not " + range.description());
            }
            values[row] = parser.value();
        }
        return values;
    }

    private static Table labels(
            List<String> columns, List<String> scored, List<String[]> truth, List<String[]> predicted) {
        NumberParser parser = new NumberParser();
        int[][] t = new int[scored.size()][];
        int[][] p = new int[scored.size()][];
        Labels[] labels = new Labels[scored.size()];
        for (int j = 0; j < scored.size(); j++) {
            int c = columns.indexOf(scored.get(j));
            boolean numeric =
                    truth.stream().allMatch(r -> r[c] != null && parser.parse(r[c]) && Double.isFinite(parser.value()));
            labels[j] = numeric ? Labels.numeric() : Labels.text();
            t[j] = codes(labels[j], parser, "truth", scored.get(j), truth, c);
            p[j] = codes(labels[j], parser, "predicted", scored.get(j), predicted, c);
        }
        return Table.ofLabels(scored, t, p, labels);
    }

    private static int[] codes(
            Labels labels, NumberParser parser, String what, String column, List<String[]> rows, int c) {
        int[] codes = new int[rows.size()];
        for (int row = 0; row < codes.length; row++) {
            String cell = rows.get(row)[c];
            if (cell == null || cell.isEmpty()) {
                throw new ScoringException(what + " row " + row + ", column '" + column + "': empty label");
            }
            if (labels.isNumeric()) {
                if (!parser.parse(cell) || !Double.isFinite(parser.value())) {
                    throw new ScoringException(
                            what + " row " + row + ", column '" + column + "': '" + cell + "' is not a number");
                }
                codes[row] = labels.code(parser.value());
            } else {
                codes[row] = labels.code(cell);
            }
        }
        return codes;
    }

    private static Table texts(
            List<String> columns, List<String> scored, List<String[]> truth, List<String[]> predicted) {
        String[][] t = new String[scored.size()][];
        String[][] p = new String[scored.size()][];
        for (int j = 0; j < scored.size(); j++) {
            int c = columns.indexOf(scored.get(j));
            List<String> ts = new ArrayList<>();
            List<String> ps = new ArrayList<>();
            for (int row = 0; row < truth.size(); row++) {
                ts.add(truth.get(row)[c] == null ? "" : truth.get(row)[c]);
                ps.add(predicted.get(row)[c] == null ? "" : predicted.get(row)[c]);
            }
            t[j] = ts.toArray(String[]::new);
            p[j] = ps.toArray(String[]::new);
        }
        return Table.ofTexts(scored, t, p);
    }
}
