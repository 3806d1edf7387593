package pseudolab.scoring;

import pseudolab.scoring.csv.CsvRecords;
import pseudolab.scoring.metric.ColumnMetric;
import pseudolab.scoring.metric.Labels;
import pseudolab.scoring.metric.ValueRange;

/** The column sinks: numbers, labels, text and checks without storage. */
final class ColumnSinks {
    private ColumnSinks() {}

    /** Parses finite numbers within the range into {@code out[row]}; out may be null to only check. */
    static ColumnSink numbers(String column, double[] out, ValueRange range) {
        return (row, records, field, line, problems) -> {
            if (!records.isNumber(field)) {
                problems.add(
                        line,
                        column,
                        records.length(field) == 0
                                ? "empty value in column '" + column + "'"
                                : "value " + quote(records, field) + " in column '" + column + "' is not a number");
                return;
            }
            double v = records.number();
            if (!Double.isFinite(v)) {
                problems.add(
                        line,
                        column,
                        "value " + quote(records, field) + " in column '" + column + "' is not a finite number");
            } else if (!range.contains(v)) {
                problems.add(
                        line,
                        column,
                        "value " + quote(records, field) + " in column '" + column + "' must be "
                                + range.description());
            } else if (out != null) {
                out[row] = v;
            }
        };
    }

    private static String quote(CsvRecords records, int field) {
        return ProblemLog.quote(records.chars(), records.start(field), records.length(field));
    }

    /** Codes non-empty labels into {@code out[row]}; numeric labels must be finite numbers. */
    static ColumnSink labels(String column, int[] out, Labels labels) {
        return (row, records, field, line, problems) -> {
            if (records.length(field) == 0) {
                problems.add(line, column, "empty value in column '" + column + "'");
            } else if (!labels.isNumeric()) {
                out[row] = labels.code(records.chars(), records.start(field), records.length(field));
            } else if (!records.isNumber(field) || !Double.isFinite(records.number())) {
                problems.add(
                        line, column, "value " + quote(records, field) + " in column '" + column + "' is not a number");
            } else {
                out[row] = labels.code(records.number());
            }
        };
    }

    /** Keeps the text (possibly empty) in {@code out[row]}, after the metric's cell check when one is given. */
    static ColumnSink texts(String column, String[] out, ColumnMetric metric) {
        return (row, records, field, line, problems) -> {
            String cell = records.field(field);
            String problem = metric == null ? null : metric.textProblem(cell);
            if (problem != null) {
                problems.add(
                        line, column, "value " + quote(records, field) + " in column '" + column + "': " + problem);
            } else {
                out[row] = cell;
            }
        };
    }

    /** Refuses empty values only. */
    static ColumnSink nonEmpty(String column) {
        return (row, records, field, line, problems) -> {
            if (records.length(field) == 0) {
                problems.add(line, column, "empty value in column '" + column + "'");
            }
        };
    }
}
