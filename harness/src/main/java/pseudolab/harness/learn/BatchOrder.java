package pseudolab.harness.learn;

import java.util.Random;

/** Orders of rows for an epoch: a plain shuffle, or batches that each hold at least a share of labelled rows. */
public final class BatchOrder {
    private BatchOrder() {}

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    public static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * Batches of {@code batch} rows, each with at least {@code ceil(share * batch)} of the first {@code labelled}
     * rows (Arazo et al. 2020): every other row appears once, spread evenly, and labelled rows are cycled through in
     * shuffled passes to fill their share; there are enough batches for every labelled row to appear at least once. A set that is all labelled or all pseudolabelled is simply shuffled.
     */
    static int[] withLabelledShare(int n, int labelled, int batch, double share, Random rng) {
        int perBatch = (int) Math.ceil(share * batch);
        if (labelled == 0 || labelled == n || perBatch == 0 || perBatch >= batch) {
            return permutation(n, rng);
        }
        int others = n - labelled;
        int otherPerBatch = batch - perBatch;
        int batches = Math.max((others + otherPerBatch - 1) / otherPerBatch, (labelled + perBatch - 1) / perBatch);
        int spread = (others + batches - 1) / batches; // the other rows, spread evenly over the batches
        int[] otherOrder = permutation(others, rng);
        int[] labelledOrder = permutation(labelled, rng);
        int[] order = new int[batches * perBatch + others];
        int at = 0;
        int nextLabelled = 0;
        for (int b = 0; b < batches; b++) {
            for (int k = 0; k < perBatch; k++) {
                if (nextLabelled == labelled) {
                    labelledOrder = permutation(labelled, rng);
                    nextLabelled = 0;
                }
                order[at++] = labelledOrder[nextLabelled++];
            }
            for (int k = b * spread; k < Math.min(others, (b + 1) * spread); k++) {
                order[at++] = labelled + otherOrder[k];
            }
        }
        return order;
    }
}
