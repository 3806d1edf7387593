package pseudolab.scoring;

import pseudolab.scoring.csv.CsvRecords;

/** Takes one submitted cell of one column for a solution row, storing it or reporting what is wrong. */
interface ColumnSink {
    /** Takes field {@code field} of the current record for solution row {@code row}. */
    void accept(int row, CsvRecords records, int field, long line, ProblemLog problems);

    /** Accepts anything and keeps nothing (columns the metric does not score). */
    ColumnSink IGNORE = (row, records, field, line, problems) -> {};
}
