package pseudolab.harness.learn;

import java.util.Map;
import java.util.TreeMap;

/** Counts of augmentation operations drawn, by name (for the provenance). */
final class DrawCounts {
    private final Map<String, Long> counts = new TreeMap<>();

    void add(String operation) {
        counts.merge(operation, 1L, Long::sum);
    }

    Map<String, Long> snapshot() {
        return Map.copyOf(counts);
    }
}
