package pseudolab.harness.data;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.Solution;

/**
 * The true targets of the test rows, taken from the competition's hidden solution.csv as scoring's {@link Solution}
 * reads it (every row, whatever its Usage); used only to report how accurate pseudolabels were, never to train.
 */
public final class TestTruth {
    private TestTruth() {}

    /**
     * Each test row's class index (-1 where the solution lacks the row); empty when the folder has no solution.csv. A
     * label submission's truth is the solution's label; a probability submission's is the class column holding the
     * largest value (the 1 of a one-hot row).
     */
    public static Optional<int[]> classes(Competition competition, Dataset data) {
        if (!(data.targets() instanceof ClassTargets labels)) {
            throw new IllegalArgumentException("class truth needs a classification dataset, got "
                    + data.task().cliName());
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < labels.count(); i++) {
            classIndex.put(labels.classes().get(i), i);
        }
        return solution(competition).map(solution -> {
            int[] truth = new int[data.testRows()];
            Arrays.fill(truth, -1);
            forEachRow(solution, data, (row, cells, where) -> {
                int label = data.probabilities()
                        ? likeliest(cells, where, classIndex, data.submissionColumns())
                        : classIndex.getOrDefault(cells[0].trim(), -1);
                if (label < 0) {
                    throw new HarnessException(where.apply(0) + ": label '" + cells[0]
                            + "' is absent from train.csv (classes " + DatasetReader.shortList(labels.classes()) + ")");
                }
                if (row >= 0) {
                    truth[row] = label;
                }
            });
            return truth;
        });
    }

    /** The class of the probability column with the largest value; a cell that is not a number is an error naming it. */
    private static int likeliest(
            String[] cells, IntFunction<String> where, Map<String, Integer> classIndex, List<String> columns) {
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cells.length; c++) {
            double v = number(cells[c]);
            if (!Double.isFinite(v)) {
                throw new HarnessException(where.apply(c) + ": not a finite number '" + cells[c] + "'");
            }
            if (v > max) {
                max = v;
                Integer index = classIndex.get(columns.get(c));
                if (index == null) {
                    throw new HarnessException(where.apply(c) + ": column '" + columns.get(c)
                            + "' is not one of the train classes " + classIndex.keySet());
                }
                best = index;
            }
        }
        return best;
    }

    /** Each test row's value in the target's units (NaN where the solution lacks the row); empty without solution.csv. */
    public static Optional<float[]> values(Competition competition, Dataset data) {
        return solution(competition).map(solution -> {
            float[] truth = new float[data.testRows()];
            Arrays.fill(truth, Float.NaN);
            forEachRow(solution, data, (row, cells, where) -> {
                float v = (float) number(cells[0]);
                if (!Float.isFinite(v)) {
                    throw new HarnessException(where.apply(0) + ": not a finite number '" + cells[0] + "'");
                }
                if (row >= 0) {
                    truth[row] = v;
                }
            });
            return truth;
        });
    }

    private static Optional<Solution> solution(Competition competition) {
        return Files.isRegularFile(competition.solution())
                ? Optional.of(Solution.read(competition.solution()))
                : Optional.empty();
    }

    private static double number(String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Receives one solution row: the test row index (-1 for an id test.csv lacks), the submission columns' cells and where each is. */
    private interface RowSink {
        void accept(int testRow, String[] cells, IntFunction<String> where);
    }

    /** Calls {@code sink} for every solution row with the cells of the submission's target columns (matched ignoring case). */
    private static void forEachRow(Solution solution, Dataset data, RowSink sink) {
        List<String> columns = new ArrayList<>();
        for (String wanted : data.submissionColumns()) {
            solution.targetColumns().stream()
                    .filter(wanted::equalsIgnoreCase)
                    .findFirst()
                    .ifPresent(columns::add);
        }
        if (!solution.idColumn().equalsIgnoreCase(data.idColumn())
                || columns.size() != data.submissionColumns().size()) {
            List<String> found = new ArrayList<>(List.of(solution.idColumn()));
            found.addAll(solution.targetColumns());
            throw new HarnessException("solution.csv needs columns '" + data.idColumn() + "' and '"
                    + String.join("', '", data.submissionColumns()) + "', found " + found);
        }
        Map<String, Integer> testRow = new HashMap<>();
        for (int i = 0; i < data.testRows(); i++) {
            testRow.put(data.testIds().get(i), i);
        }
        String[] cells = new String[columns.size()];
        for (int r = 0; r < solution.size(); r++) {
            String id = solution.id(r).trim();
            for (int c = 0; c < cells.length; c++) {
                cells[c] = solution.target(r, columns.get(c));
            }
            int dataRow = r + 1;
            Integer at = testRow.get(id);
            sink.accept(
                    at == null ? -1 : at,
                    cells,
                    c -> "solution.csv data row " + dataRow + " (id '" + id + "'), column '" + columns.get(c) + "'");
        }
    }
}
