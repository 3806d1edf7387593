package pseudolab.harness.data;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.Solution;

/**
 * The true targets of the test rows, taken from the competition's hidden solution.csv as scoring's {@link Solution}
 * reads it (every row, whatever its Usage); used only to report how accurate pseudolabels were, never to train.
 */
public final class TestTruth {
    private TestTruth() {
    }

    /** Each test row's class index (-1 where the solution lacks the row); empty when the folder has no solution.csv. */
    public static Optional<int[]> classes(Competition competition, Dataset data) {
        if (!(data.targets() instanceof ClassTargets labels)) {
            throw new IllegalArgumentException("class truth needs a classification dataset, got " + data.task().cliName());
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < labels.count(); i++) {
            classIndex.put(labels.classes().get(i), i);
        }
        return solution(competition).map(solution -> {
            int[] truth = new int[data.testRows()];
            Arrays.fill(truth, -1);
            forEachRow(solution, data, (row, cell, where) -> {
                Integer label = classIndex.get(cell.trim());
                if (label == null) {
                    throw new HarnessException(where + ": label '" + cell + "' is absent from train.csv (classes "
                            + DatasetReader.shortList(labels.classes()) + ")");
                }
                if (row >= 0) {
                    truth[row] = label;
                }
            });
            return truth;
        });
    }

    /** Each test row's value in the target's units (NaN where the solution lacks the row); empty without solution.csv. */
    public static Optional<float[]> values(Competition competition, Dataset data) {
        return solution(competition).map(solution -> {
            float[] truth = new float[data.testRows()];
            Arrays.fill(truth, Float.NaN);
            forEachRow(solution, data, (row, cell, where) -> {
                float v;
                try {
                    v = Float.parseFloat(cell.trim());
                } catch (NumberFormatException e) {
                    v = Float.NaN;
                }
                if (!Float.isFinite(v)) {
                    throw new HarnessException(where + ": not a finite number '" + cell + "'");
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
                ? Optional.of(Solution.read(competition.solution())) : Optional.empty();
    }

    /** Receives one solution row: the test row index (-1 for an id test.csv lacks), the target cell and its place. */
    private interface RowSink {
        void accept(int testRow, String cell, String where);
    }

    private static void forEachRow(Solution solution, Dataset data, RowSink sink) {
        String wanted = data.probabilities() ? null : data.submissionColumns().get(0);
        String column = wanted == null ? null : solution.targetColumns().stream()
                .filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
        if (!solution.idColumn().equalsIgnoreCase(data.idColumn()) || column == null) {
            List<String> found = new ArrayList<>(List.of(solution.idColumn()));
            found.addAll(solution.targetColumns());
            throw new HarnessException("solution.csv needs columns '" + data.idColumn() + "' and '"
                    + (wanted == null ? "a label" : wanted) + "', found " + found);
        }
        Map<String, Integer> testRow = new HashMap<>();
        for (int i = 0; i < data.testRows(); i++) {
            testRow.put(data.testIds().get(i), i);
        }
        for (int r = 0; r < solution.size(); r++) {
            String id = solution.id(r).trim();
            Integer at = testRow.get(id);
            sink.accept(at == null ? -1 : at, solution.target(r, column),
                    "solution.csv data row " + (r + 1) + " (id '" + id + "'), column '" + column + "'");
        }
    }
}
