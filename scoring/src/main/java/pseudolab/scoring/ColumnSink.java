package pseudolab.scoring;

/** Takes one submitted cell of one column for a solution row, storing it or reporting what is wrong. */
interface ColumnSink {
    void accept(int row, char[] buf, int offset, int len, long line, ProblemLog problems);

    /** Accepts anything and keeps nothing (columns the metric does not score). */
    ColumnSink IGNORE = (row, buf, offset, len, line, problems) -> { };
}
