package pseudolab.scoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pseudolab.scoring.metric.ColumnMetric;
import pseudolab.scoring.metric.Labels;
import pseudolab.scoring.metric.Table;

/** Validates a submission against a solution and scores its Public and Private rows with one metric. */
public final class Scorer {
    private final Metric metric;
    /** The last solution {@link #check} accepted, so a server scoring many submissions checks it once. */
    private volatile Solution checked;

    public Scorer(Metric metric) {
        if (metric == null) {
            throw new ScoringException("no metric given");
        }
        this.metric = metric;
    }

    /** Scores the submission file; throws {@link InvalidSubmissionException} listing every problem found. */
    public Score score(Solution solution, Path submission) {
        try (InputStream in = Files.newInputStream(submission)) {
            return score(solution, in);
        } catch (NoSuchFileException e) {
            throw new ScoringException("cannot read submission " + submission + ": no such file");
        } catch (IOException e) {
            throw new ScoringException("cannot read submission " + submission + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that this metric can score {@code solution} at all, by scoring the solution's own targets as a
     * submission (in the solution's row order, so a problem's line is the solution's line); throws
     * {@link InvalidSubmissionException} or {@link ScoringException} naming the problem otherwise.
     */
    public Score selfScore(Solution solution) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(solution.idColumn());
        header.addAll(solution.targetColumns());
        appendRow(csv, header);
        String[][] columns =
                solution.targetColumns().stream().map(solution::texts).toArray(String[][]::new);
        List<String> row = new ArrayList<>();
        for (int r = 0; r < solution.size(); r++) {
            row.clear();
            row.add(solution.id(r));
            for (String[] column : columns) {
                row.add(column[r]);
            }
            appendRow(csv, row);
        }
        return score(solution, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void appendRow(StringBuilder csv, List<String> fields) {
        for (int f = 0; f < fields.size(); f++) {
            String v = fields.get(f);
            if (f > 0) {
                csv.append(',');
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                csv.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(v);
            }
        }
        csv.append('\n');
    }

    /** Scores a submission read from a stream (the caller closes it). */
    public Score score(Solution solution, InputStream submission) {
        return metric instanceof ColumnMetric columnMetric
                ? scoreColumns(columnMetric, solution, submission)
                : scoreRows(solution, submission);
    }

    /**
     * Checks that the metric can score this solution (its columns, their values, each row as the metric
     * reads it); throws {@link ScoringException} naming the solution row, column and value otherwise.
     */
    public void check(Solution solution) {
        if (metric instanceof ColumnMetric m && solution != checked) {
            Table truth = truthTable(m, solution, m.scoredColumns(solution.targetColumns()));
            for (int row = 0; row < solution.size(); row++) {
                String problem = m.solutionProblem(truth, row);
                if (problem != null) {
                    throw new ScoringException("solution row " + (row + 1) + " (id "
                            + ProblemLog.quote(solution.id(row)) + "): " + problem);
                }
            }
            checked = solution;
        }
    }

    private static Table truthTable(ColumnMetric m, Solution solution, List<String> scored) {
        int k = scored.size();
        int n = solution.size();
        Table table = switch (m.kind()) {
            case NUMBER ->
                Table.ofNumbers(
                        scored, scored.stream().map(solution::numbers).toArray(double[][]::new), new double[k][n]);
            case LABEL ->
                Table.ofLabels(
                        scored,
                        scored.stream().map(c -> solution.labels(c).codes()).toArray(int[][]::new),
                        new int[k][n],
                        scored.stream()
                                .map(c -> solution.labels(c).labels().copy())
                                .toArray(Labels[]::new));
            case TEXT ->
                Table.ofTexts(scored, scored.stream().map(solution::texts).toArray(String[][]::new), new String[k][n]);
        };
        return table.withIds(solution::id);
    }

    /**
     * Validates the submission like {@link #score} and keeps its predictions aligned with the solution's rows, so
     * that they can be scored again on any rows (a bootstrap resample); only for column metrics (all built-in ones).
     */
    public Predictions predictions(Solution solution, Path submission) {
        try (InputStream in = Files.newInputStream(submission)) {
            return predictions(solution, in);
        } catch (NoSuchFileException e) {
            throw new ScoringException("cannot read submission " + submission + ": no such file");
        } catch (IOException e) {
            throw new ScoringException("cannot read submission " + submission + ": " + e.getMessage(), e);
        }
    }

    /** {@link #predictions(Solution, Path)} from a stream (the caller closes it). */
    public Predictions predictions(Solution solution, InputStream submission) {
        if (!(metric instanceof ColumnMetric m)) {
            throw new ScoringException("metric '" + metric.name() + "' cannot rescore resampled rows");
        }
        return readColumns(m, solution, submission);
    }

    private Score scoreColumns(ColumnMetric m, Solution solution, InputStream submission) {
        Predictions p = readColumns(m, solution, submission);
        return new Score(
                m.name(),
                m.higherIsBetter(),
                p.score(solution.rows(Usage.PUBLIC)),
                p.score(solution.rows(Usage.PRIVATE)),
                p.rowsRead());
    }

    private Predictions readColumns(ColumnMetric m, Solution solution, InputStream submission) {
        check(solution);
        List<String> targets = solution.targetColumns();
        List<String> scored = m.scoredColumns(targets);
        Table table = truthTable(m, solution, scored);
        ColumnSink[] sinks = new ColumnSink[targets.size()];
        Arrays.fill(sinks, ColumnSink.IGNORE);
        for (int j = 0; j < scored.size(); j++) {
            String column = scored.get(j);
            sinks[targets.indexOf(column)] = switch (m.kind()) {
                case NUMBER -> ColumnSinks.numbers(column, table.predictedNumbers(j), m.range());
                case LABEL -> ColumnSinks.labels(column, table.predictedLabels(j), table.labels(j));
                case TEXT -> ColumnSinks.texts(column, table.predictedTexts(j), m);
            };
        }
        SubmissionReader.Reading reading = new SubmissionReader(
                        solution.idColumn(), targets, solution.ids(), solution::reportOrder, sinks)
                .read(submission);
        ProblemLog problems = reading.problems();
        if (problems.isEmpty()) { // every row was read once: report in the submission's order, not the solution's
            for (int row : reading.readOrder()) {
                String problem = m.rowProblem(table, row);
                if (problem != null) {
                    problems.add(reading.lineOf()[row], null, problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems.toList());
        }
        return new Predictions(m, table, reading.rows());
    }

    /** Any other metric: keep every target cell as text and call {@link Metric#evaluate} per usage. */
    private Score scoreRows(Solution solution, InputStream submission) {
        List<String> targets = solution.targetColumns();
        int n = solution.size();
        String[][] predicted = new String[targets.size()][n];
        ColumnSink[] sinks = new ColumnSink[targets.size()];
        for (int t = 0; t < sinks.length; t++) {
            sinks[t] = ColumnSinks.texts(targets.get(t), predicted[t], null);
        }
        SubmissionReader.Reading reading = new SubmissionReader(
                        solution.idColumn(), targets, solution.ids(), solution::reportOrder, sinks)
                .read(submission);
        if (!reading.problems().isEmpty()) {
            throw new InvalidSubmissionException(reading.problems().toList());
        }
        String[][] truth = targets.stream().map(solution::texts).toArray(String[][]::new);
        return new Score(
                metric.name(),
                metric.higherIsBetter(),
                evaluate(targets, truth, predicted, solution.rows(Usage.PUBLIC)),
                evaluate(targets, truth, predicted, solution.rows(Usage.PRIVATE)),
                reading.rows());
    }

    private double evaluate(List<String> targets, String[][] truth, String[][] predicted, int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        List<String[]> truthRows = new ArrayList<>(rows.length);
        List<String[]> predictedRows = new ArrayList<>(rows.length);
        for (int row : rows) {
            String[] t = new String[targets.size()];
            String[] p = new String[targets.size()];
            for (int c = 0; c < t.length; c++) {
                t[c] = truth[c][row];
                p[c] = predicted[c][row];
            }
            truthRows.add(t);
            predictedRows.add(p);
        }
        return metric.evaluate(targets, truthRows, predictedRows);
    }
}
