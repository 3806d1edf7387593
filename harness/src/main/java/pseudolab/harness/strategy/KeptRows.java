package pseudolab.harness.strategy;

import java.util.HashMap;
import java.util.Map;

/** The test rows each fold last kept as pseudolabels, to count the rows a new step adds. */
final class KeptRows {
    private final Map<Integer, boolean[]> lastByFold = new HashMap<>();

    /** Remembers {@code kept} (one flag per test row) as {@code fold}'s latest and returns how many were not kept before. */
    int newRows(int fold, boolean[] kept) {
        boolean[] before = lastByFold.put(fold, kept);
        int added = 0;
        for (int r = 0; r < kept.length; r++) {
            if (kept[r] && (before == null || !before[r])) {
                added++;
            }
        }
        return added;
    }
}
