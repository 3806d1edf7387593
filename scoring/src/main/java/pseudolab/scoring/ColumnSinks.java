package pseudolab.scoring;

import pseudolab.scoring.csv.NumberParser;
import pseudolab.scoring.metric.Labels;
import pseudolab.scoring.metric.ValueRange;

/** The column sinks: numbers, labels, text and checks without storage. */
final class ColumnSinks {
    private ColumnSinks() {
    }

    /** Parses finite numbers within the range into {@code out[row]}; out may be null to only check. */
    static ColumnSink numbers(String column, double[] out, ValueRange range) {
        NumberParser parser = new NumberParser();
        return (row, buf, offset, len, line, problems) -> {
            if (len == 0) {
                problems.add(line, column, "empty value in column '" + column + "'");
            } else if (!parser.parse(buf, offset, len)) {
                problems.add(line, column, "value " + ProblemLog.quote(buf, offset, len) + " in column '" + column
                        + "' is not a number");
            } else if (!Double.isFinite(parser.value())) {
                problems.add(line, column, "value " + ProblemLog.quote(buf, offset, len) + " in column '" + column
                        + "' is not a finite number");
            } else if (!range.contains(parser.value())) {
                problems.add(line, column, "value " + ProblemLog.quote(buf, offset, len) + " in column '" + column
                        + "' must be " + range.description());
            } else if (out != null) {
                out[row] = parser.value();
            }
        };
    }

    /** Codes non-empty labels into {@code out[row]}; numeric labels must be finite numbers. */
    static ColumnSink labels(String column, int[] out, Labels labels) {
        NumberParser parser = new NumberParser();
        return (row, buf, offset, len, line, problems) -> {
            if (len == 0) {
                problems.add(line, column, "empty value in column '" + column + "'");
            } else if (!labels.isNumeric()) {
                out[row] = labels.code(buf, offset, len);
            } else if (!parser.parse(buf, offset, len) || !Double.isFinite(parser.value())) {
                problems.add(line, column, "value " + ProblemLog.quote(buf, offset, len) + " in column '" + column
                        + "' is not a number");
            } else {
                out[row] = labels.code(parser.value());
            }
        };
    }

    /** Keeps the text (possibly empty) in {@code out[row]}. */
    static ColumnSink texts(String[] out) {
        return (row, buf, offset, len, line, problems) -> out[row] = new String(buf, offset, len);
    }

    /** Refuses empty values only. */
    static ColumnSink nonEmpty(String column) {
        return (row, buf, offset, len, line, problems) -> {
            if (len == 0) {
                problems.add(line, column, "empty value in column '" + column + "'");
            }
        };
    }
}
