package pseudolab.scoring.metric;

import java.util.List;
import pseudolab.scoring.Metric;
import pseudolab.scoring.ScoringException;

/**
 * A metric over aligned columns: says which columns it scores, how it reads their cells and which
 * predicted values it accepts; the streaming scorer and {@link #evaluate} both feed it a {@link Table}.
 */
public interface ColumnMetric extends Metric {

    ValueKind kind();

    /** The columns chosen with the {@code columns} parameter; empty means every target column. */
    List<String> columns();

    /** The predicted numbers this metric accepts (NUMBER metrics only). */
    default ValueRange range() {
        return ValueRange.ANY;
    }

    /** How many columns the metric can score at once. */
    default int maxColumns() {
        return Integer.MAX_VALUE;
    }

    /** The columns to score among the solution's target columns; throws when the choice does not fit. */
    default List<String> scoredColumns(List<String> targetColumns) {
        List<String> chosen = columns().isEmpty() ? targetColumns : columns();
        for (String column : chosen) {
            if (!targetColumns.contains(column)) {
                throw new ScoringException("metric '" + name() + "': column '" + column
                        + "' is not a target column (targets: " + String.join(", ", targetColumns) + ")");
            }
        }
        if (chosen.size() > maxColumns()) {
            throw new ScoringException("metric '" + name() + "' scores one column; choose it with --param columns=NAME"
                    + " (targets: " + String.join(", ", targetColumns) + ")");
        }
        if (chosen.isEmpty()) {
            throw new ScoringException("metric '" + name() + "': there is no target column to score");
        }
        return chosen;
    }

    /** The score over the given row indices of the table (never empty). */
    double score(Table table, int[] rows);

    /**
     * The score over a bootstrap resample: the same value as {@link #score(Table, int[])} on its drawn rows. A metric
     * that can score from the counts alone, walking the table in its own order, overrides this for speed.
     */
    default double score(Table table, Resample resample) {
        return score(table, resample.rows());
    }

    /**
     * A problem with one predicted row as a whole that cell checks cannot see (such as probabilities that
     * sum to 0), or null. The message names the columns and predicted values, never truth values.
     */
    default String rowProblem(Table table, int row) {
        return null;
    }

    /**
     * Why one predicted cell of a TEXT metric cannot be scored (such as a malformed run-length encoding), or
     * null; the reader adds the line, the column and the value. Empty cells reach it too.
     */
    default String textProblem(String cell) {
        return null;
    }

    /**
     * Why the solution's row cannot be scored by this metric (a host's mistake, such as a malformed true
     * box), or null. Checked before any submission is read; the message may name truth values.
     */
    default String solutionProblem(Table table, int row) {
        return null;
    }

    @Override
    default double evaluate(List<String> columns, List<String[]> truth, List<String[]> predicted) {
        return InMemoryTable.evaluate(this, columns, truth, predicted);
    }
}
