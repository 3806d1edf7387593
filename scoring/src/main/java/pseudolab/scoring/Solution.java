package pseudolab.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import pseudolab.scoring.csv.CharColumn;
import pseudolab.scoring.csv.CsvException;
import pseudolab.scoring.csv.CsvRecords;
import pseudolab.scoring.csv.IdIndex;
import pseudolab.scoring.csv.NumberParser;
import pseudolab.scoring.metric.Labels;

/** A hidden solution file read into memory: ids, target columns and each row's Usage. */
public final class Solution {
    private final String idColumn;
    private final List<String> targetColumns;
    private final IdIndex ids;
    private final CharColumn[] targets;
    private final Usage[] usages;
    private final Map<Usage, int[]> rowsByUsage;
    private final Map<String, Object> typedColumns;
    /** The rows in the order messages list their ids (sample_submission's), or null for id order. */
    private final int[] sampleOrder;

    private Solution(
            String idColumn,
            List<String> targetColumns,
            IdIndex ids,
            CharColumn[] targets,
            Usage[] usages,
            Map<String, Object> typedColumns,
            int[] sampleOrder) {
        this.idColumn = idColumn;
        this.targetColumns = List.copyOf(targetColumns);
        this.ids = ids;
        this.targets = targets;
        this.usages = usages;
        this.typedColumns = typedColumns;
        this.rowsByUsage = Map.of(
                Usage.PUBLIC, rowsOf(Usage.PUBLIC),
                Usage.PRIVATE, rowsOf(Usage.PRIVATE),
                Usage.IGNORED, rowsOf(Usage.IGNORED));
        this.sampleOrder = sampleOrder;
    }

    /**
     * This solution with its ids reported in the order of {@code sampleSubmission} (the first column of a
     * public file such as sample_submission.csv); ids not in it follow in id order.
     */
    public Solution reportingInOrderOf(InputStream sampleSubmission) {
        return new Solution(
                idColumn, targetColumns, ids, targets, usages, typedColumns, ReportOrder.of(ids, sampleSubmission));
    }

    /** Reads a Kaggle solution CSV (id, targets..., Usage); throws {@link ScoringException} naming the problem. */
    public static Solution read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new ScoringException("cannot read solution " + path + ": no such file");
        } catch (IOException e) {
            throw new ScoringException("cannot read solution " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a solution from a stream (the caller closes it); {@code name} appears in error messages. */
    public static Solution read(InputStream in, String name) {
        try (CsvRecords records = CsvRecords.open(in)) {
            return parse(records, name);
        } catch (CsvException e) {
            throw new ScoringException("solution " + name + ": " + e.getMessage(), e);
        }
    }

    private static Solution parse(CsvRecords records, String name) {
        if (!records.next()) {
            throw new ScoringException("solution " + name + " is empty");
        }
        int width = records.fieldCount();
        List<String> header = new ArrayList<>();
        int usageColumn = -1;
        for (int f = 0; f < width; f++) {
            header.add(records.field(f));
            if (header.get(f).trim().equalsIgnoreCase("Usage")) {
                usageColumn = f;
            }
        }
        if (usageColumn < 0) {
            throw new ScoringException(
                    "solution " + name + " has no Usage column (header: " + String.join(", ", header) + ")");
        }
        if (usageColumn == 0 || width < 3) {
            throw new ScoringException(
                    "solution " + name + " needs the id column first, then target columns, then Usage" + " (header: "
                            + String.join(", ", header) + ")");
        }
        List<String> targetNames = new ArrayList<>();
        for (int f = 1; f < width; f++) {
            if (f != usageColumn) {
                if (targetNames.contains(header.get(f)) || header.get(f).equals(header.get(0))) {
                    throw new ScoringException("solution " + name + ": column '" + header.get(f) + "' appears twice");
                }
                targetNames.add(header.get(f));
            }
        }
        CharColumn ids = new CharColumn();
        CharColumn[] targets = new CharColumn[targetNames.size()];
        for (int t = 0; t < targets.length; t++) {
            targets[t] = new CharColumn();
        }
        double[][] values = new double[targets.length][1024];
        boolean[] numeric = new boolean[targets.length];
        java.util.Arrays.fill(numeric, true);
        List<Usage> usages = new ArrayList<>();
        while (records.next()) {
            long line = records.line();
            if (records.fieldCount() != width) {
                throw new ScoringException("solution " + name + " line " + line + ": found " + records.fieldCount()
                        + " fields, expected " + width);
            }
            char[] chars = records.chars();
            if (records.length(0) == 0) {
                throw new ScoringException("solution " + name + " line " + line + ": empty id");
            }
            ids.append(chars, records.start(0), records.length(0));
            Usage usage = Usage.parse(chars, records.start(usageColumn), records.length(usageColumn));
            if (usage == null) {
                throw new ScoringException("solution " + name + " line " + line + ": Usage '"
                        + records.field(usageColumn) + "' is not Public, Private or Ignored");
            }
            usages.add(usage);
            int row = usages.size() - 1;
            for (int f = 1, t = 0; f < width; f++) {
                if (f != usageColumn) {
                    targets[t].append(chars, records.start(f), records.length(f));
                    if (numeric[t]) {
                        numeric[t] = records.isNumber(f) && Double.isFinite(records.number());
                        if (row == values[t].length) {
                            values[t] = java.util.Arrays.copyOf(values[t], row * 2);
                        }
                        values[t][row] = records.number();
                    }
                    t++;
                }
            }
        }
        if (ids.size() == 0) {
            throw new ScoringException("solution " + name + " has a header but no rows");
        }
        IdIndex index = IdIndex.of(ids);
        if (index.duplicateRow() >= 0) {
            throw new ScoringException("solution " + name + ": duplicate id '" + ids.get(index.duplicateRow())
                    + "' (data row " + (index.duplicateRow() + 1) + ")");
        }
        Solution solution = new Solution(
                header.get(0),
                targetNames,
                index,
                targets,
                usages.toArray(Usage[]::new),
                new ConcurrentHashMap<>(),
                null);
        for (int t = 0; t < targets.length; t++) {
            if (numeric[t]) {
                solution.typedColumns.put("n:" + targetNames.get(t), java.util.Arrays.copyOf(values[t], ids.size()));
            }
        }
        return solution;
    }

    public String idColumn() {
        return idColumn;
    }

    public List<String> targetColumns() {
        return targetColumns;
    }

    public int size() {
        return usages.length;
    }

    /** The id of the row (rows are numbered 0.. in file order). */
    public String id(int row) {
        return ids.get(row);
    }

    public Usage usage(int row) {
        return usages[row];
    }

    /** The cell of target {@code column} in {@code row}, as the file holds it; a column the solution lacks is an error. */
    public String target(int row, String column) {
        int t = targetColumns.indexOf(column);
        if (t < 0) {
            throw new ScoringException(
                    "the solution has no column '" + column + "' (columns: " + String.join(", ", targetColumns) + ")");
        }
        return targets[t].get(row);
    }

    /** How many rows have this usage. */
    public int count(Usage usage) {
        return rowsByUsage.get(usage).length;
    }

    IdIndex ids() {
        return ids;
    }

    /** Row numbers in the order messages may list ids (independent of the file's row order and Usage). */
    int[] reportOrder() {
        return sampleOrder != null
                ? sampleOrder
                : (int[]) typedColumns.computeIfAbsent("order:id", k -> ReportOrder.byId(ids));
    }

    int[] rows(Usage usage) {
        return rowsByUsage.get(usage);
    }

    /** The row numbers of one usage, in file order (a copy; the order is secret, keep it on the server). */
    public int[] rowsWith(Usage usage) {
        return rowsByUsage.get(usage).clone();
    }

    private int[] rowsOf(Usage usage) {
        return IntStream.range(0, usages.length).filter(r -> usages[r] == usage).toArray();
    }

    /** The target column as numbers; throws when a value is not a finite number. */
    double[] numbers(String column) {
        return (double[]) typedColumns.computeIfAbsent("n:" + column, k -> parseNumbers(column));
    }

    private double[] parseNumbers(String column) {
        CharColumn cells = targets[targetColumns.indexOf(column)];
        NumberParser parser = new NumberParser();
        double[] values = new double[cells.size()];
        for (int row = 0; row < values.length; row++) {
            if (!parser.parse(cells.chars(), cells.start(row), cells.length(row)) || !Double.isFinite(parser.value())) {
                throw new ScoringException("the solution column '" + column + "' is not numeric (row " + (row + 1)
                        + " of the solution), which this metric needs");
            }
            values[row] = parser.value();
        }
        return values;
    }

    /** The true labels of a column as codes; numeric when every value is a finite number. */
    TruthLabels labels(String column) {
        return (TruthLabels) typedColumns.computeIfAbsent("l:" + column, k -> codeLabels(column));
    }

    /** Label codes of the solution rows with the dictionary they index (copy it before adding labels). */
    record TruthLabels(int[] codes, Labels labels) {}

    private TruthLabels codeLabels(String column) {
        CharColumn cells = targets[targetColumns.indexOf(column)];
        NumberParser parser = new NumberParser();
        double[] numbers = new double[cells.size()];
        boolean numeric = true;
        for (int row = 0; row < numbers.length && numeric; row++) {
            numeric =
                    parser.parse(cells.chars(), cells.start(row), cells.length(row)) && Double.isFinite(parser.value());
            numbers[row] = parser.value();
        }
        Labels labels = numeric ? Labels.numeric() : Labels.text();
        int[] codes = new int[cells.size()];
        for (int row = 0; row < codes.length; row++) {
            codes[row] = numeric
                    ? labels.code(numbers[row])
                    : labels.code(cells.chars(), cells.start(row), cells.length(row));
        }
        return new TruthLabels(codes, labels);
    }

    /** The target column as strings. */
    String[] texts(String column) {
        return (String[]) typedColumns.computeIfAbsent("t:" + column, k -> {
            CharColumn cells = targets[targetColumns.indexOf(column)];
            return IntStream.range(0, cells.size()).mapToObj(cells::get).toArray(String[]::new);
        });
    }
}
