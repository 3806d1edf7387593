package pseudolab.harness.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the test rows whose top class probability exceeds the selection's threshold, at most {@code topKPerClass}
 * per class (the most confident first, then by row), or with {@code balanced} and no cap as many per class as the
 * least represented non-empty class.
 */
public final class ConfidentRows {
    private ConfidentRows() {}

    /** The chosen rows of {@code p} (one probability row per test row over {@code classes}), ascending. */
    public static int[] select(float[][] p, int classes, Selection selection, boolean balanced) {
        int n = p.length;
        List<List<int[]>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        float[] top = new float[n];
        for (int i = 0; i < n; i++) {
            int c = argmax(p[i]);
            top[i] = p[i][c];
            if (top[i] > selection.threshold()) {
                byClass.get(c).add(new int[] {i});
            }
        }
        int cap = selection.topKPerClass();
        if (balanced && cap == 0) {
            cap = byClass.stream().mapToInt(List::size).filter(c -> c > 0).min().orElse(0);
        }
        List<Integer> kept = new ArrayList<>();
        for (List<int[]> rows : byClass) {
            rows.sort(Comparator.comparingDouble((int[] a) -> -top[a[0]]).thenComparingInt(a -> a[0]));
            int limit = cap == 0 ? rows.size() : Math.min(rows.size(), cap);
            for (int i = 0; i < limit; i++) {
                kept.add(rows.get(i)[0]);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The index of the largest value (the first on ties). */
    public static int argmax(float[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }
}
