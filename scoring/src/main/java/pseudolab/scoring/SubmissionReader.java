package pseudolab.scoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import pseudolab.scoring.csv.CsvException;
import pseudolab.scoring.csv.CsvRecords;
import pseudolab.scoring.csv.IdIndex;

/**
 * Streams a submission against an expected header and id set: matches columns by name, rows by id, hands
 * each cell of an expected column to that column's sink, and collects every problem (never truth values).
 */
final class SubmissionReader {
    private final String idColumn;
    private final List<String> columns;
    private final IdIndex ids;
    private final ColumnSink[] sinks;
    private final String expected;
    private final Supplier<int[]> reportOrder;

    /**
     * {@code sinks[i]} takes the cells of {@code columns.get(i)}; ids are numbered like the rows they stand for;
     * missing ids are named in {@code reportOrder} (never in the solution's row order).
     */
    SubmissionReader(
            String idColumn, List<String> columns, IdIndex ids, Supplier<int[]> reportOrder, ColumnSink[] sinks) {
        this.idColumn = idColumn;
        this.columns = List.copyOf(columns);
        this.ids = ids;
        this.reportOrder = reportOrder;
        this.sinks = sinks.clone();
        List<String> all = new ArrayList<>();
        all.add(idColumn);
        all.addAll(columns);
        this.expected = String.join(", ", all);
    }

    /**
     * What reading found: the problems, the data rows read, the line of each id's row (0 when missing) and the
     * rows in the submission's order ({@code readOrder[k]} is the row of the k-th accepted record).
     */
    record Reading(ProblemLog problems, long rows, int[] lineOf, int[] readOrder) {}

    Reading read(InputStream in) {
        ProblemLog problems = new ProblemLog();
        int[] lineOf = new int[ids.size()];
        int[] readOrder = new int[ids.size()];
        int accepted = 0;
        long rows = 0;
        try (CsvRecords records = CsvRecords.open(in)) {
            if (!records.next()) {
                problems.add(0, null, "the file is empty (expected the header " + expected + ")");
                return new Reading(problems, 0, lineOf, readOrder);
            }
            int[] positions = header(records, problems);
            if (positions == null) {
                return new Reading(problems, 0, lineOf, readOrder);
            }
            int idPosition = positions[columns.size()];
            int width = records.fieldCount();
            while (records.next()) {
                rows++;
                long line = records.line();
                if (records.fieldCount() != width) {
                    problems.add(
                            line,
                            null,
                            "found " + records.fieldCount() + " fields, expected " + width + " (" + expected + ")");
                    continue;
                }
                char[] chars = records.chars();
                int start = records.start(idPosition);
                int len = records.length(idPosition);
                int row = ids.find(chars, start, len);
                if (row < 0) {
                    problems.add(
                            line,
                            idColumn,
                            len == 0 ? "empty id" : "unknown id " + ProblemLog.quote(chars, start, len));
                    continue;
                }
                if (lineOf[row] != 0) {
                    problems.add(
                            line,
                            idColumn,
                            "duplicate id " + ProblemLog.quote(chars, start, len) + " (first on line " + lineOf[row]
                                    + ")");
                    continue;
                }
                lineOf[row] = (int) Math.min(line, Integer.MAX_VALUE);
                readOrder[accepted++] = row;
                for (int c = 0; c < sinks.length; c++) {
                    int f = positions[c];
                    sinks[c].accept(row, records, f, line, problems);
                }
            }
        } catch (CsvException e) {
            problems.add(e.line(), null, e.reason());
            return new Reading(problems, rows, lineOf, readOrder);
        }
        if (rows == 0) {
            problems.add(0, null, "the file has a header but no rows (expected " + ids.size() + " rows, one per id)");
        } else {
            reportMissing(lineOf, problems);
        }
        return new Reading(problems, rows, lineOf, readOrder);
    }

    /** Positions of the expected columns (the id column last), or null after reporting header problems. */
    private int[] header(CsvRecords records, ProblemLog problems) {
        int[] positions = new int[columns.size() + 1];
        Arrays.fill(positions, -1);
        boolean ok = true;
        for (int f = 0; f < records.fieldCount(); f++) {
            String name = records.field(f);
            int c = name.equals(idColumn) ? columns.size() : columns.indexOf(name);
            if (c < 0) {
                problems.add(
                        0,
                        name,
                        "column " + ProblemLog.quote(name) + " is not in sample_submission (expected " + expected
                                + ")");
                ok = false;
            } else if (positions[c] >= 0) {
                problems.add(0, name, "column " + ProblemLog.quote(name) + " appears more than once in the header");
                ok = false;
            } else {
                positions[c] = f;
            }
        }
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < 0) {
                String name = c == columns.size() ? idColumn : columns.get(c);
                problems.add(0, name, "missing column '" + name + "' (expected " + expected + ")");
                ok = false;
            }
        }
        return ok ? positions : null;
    }

    private void reportMissing(int[] lineOf, ProblemLog problems) {
        int missing = 0;
        List<String> examples = new ArrayList<>();
        for (int row : reportOrder.get()) {
            if (lineOf[row] == 0) {
                missing++;
                if (examples.size() < 3) {
                    examples.add(ProblemLog.quote(ids.get(row)));
                }
            }
        }
        if (missing > 0) {
            problems.addSummary(new Problem(
                    0,
                    idColumn,
                    "missing " + missing + (missing == 1 ? " id" : " ids") + ", e.g. " + String.join(", ", examples)));
        }
    }
}
