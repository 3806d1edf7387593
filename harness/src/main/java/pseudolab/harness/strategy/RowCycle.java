package pseudolab.harness.strategy;

import java.util.Random;
import pseudolab.harness.learn.BatchOrder;

/** Endless shuffled passes over rows 0..n-1, handed out in slices: one stream of an online strategy's batches. */
final class RowCycle {
    private final int n;
    private final Random rng;
    private int[] order;
    private int at;

    RowCycle(int n, Random rng) {
        this.n = n;
        this.rng = rng;
        this.order = BatchOrder.permutation(n, rng);
    }

    /** The next {@code count} rows, reshuffling after each full pass. */
    int[] next(int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            if (at == n) {
                order = BatchOrder.permutation(n, rng);
                at = 0;
            }
            out[i] = order[at++];
        }
        return out;
    }
}
