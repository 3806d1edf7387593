package pseudolab.scoring;

import pseudolab.scoring.metric.ColumnMetric;
import pseudolab.scoring.metric.Resample;
import pseudolab.scoring.metric.Table;

/**
 * One validated submission's predictions next to the solution's truth, row by row in the solution's order, so
 * that the metric can score any rows of it, repeated rows included (a bootstrap resample counts a row twice).
 */
public record Predictions(ColumnMetric metric, Table table, long rowsRead) {

    /** The metric on these solution rows (indices may repeat); NaN for no rows. */
    public double score(int[] rows) {
        return rows.length == 0 ? Double.NaN : metric.score(table, rows);
    }

    /** The metric on a bootstrap resample of the solution's rows (never empty). */
    public double score(Resample resample) {
        return resample.rows().length == 0 ? Double.NaN : metric.score(table, resample);
    }

    public boolean higherIsBetter() {
        return metric.higherIsBetter();
    }
}
