package pseudolab.harness.cv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.Targets;

/**
 * A stratified assignment of labelled rows to {@code k} folds. With {@code k == 1} there is no validation fold:
 * the single model trains on every labelled row and no out-of-fold score exists.
 */
public record Folds(int k, int[] assignment) {
    public Folds {
        if (k < 1) {
            throw new HarnessException("folds must be at least 1, got " + k);
        }
        assignment = assignment.clone();
    }

    /** Folds stratified by class for class targets; numeric targets are one stratum, shuffled and dealt round-robin. */
    public static Folds of(Targets targets, int k, long seed) {
        return targets instanceof ClassTargets labels
                ? stratified(labels.indices(), labels.count(), k, seed)
                : stratified(new int[targets.rows()], 1, k, seed);
    }

    /** Shuffles each class's rows with {@code seed} and deals them round-robin, so every fold sees every class. */
    public static Folds stratified(int[] labels, int classes, int k, long seed) {
        if (k > 1 && k > labels.length) {
            throw new HarnessException("--folds " + k + " exceeds the " + labels.length + " labelled rows");
        }
        int[] assignment = new int[labels.length];
        Random rng = new Random(seed);
        int next = 0;
        for (int c = 0; c < classes; c++) {
            final int cls = c;
            List<Integer> rows = new ArrayList<>(IntStream.range(0, labels.length)
                    .filter(i -> labels[i] == cls)
                    .boxed()
                    .toList());
            java.util.Collections.shuffle(rows, rng);
            for (int r : rows) {
                assignment[r] = k == 1 ? 0 : next++ % k;
            }
        }
        return new Folds(k, assignment);
    }

    /** Rows a fold's model trains on: all rows outside the fold (all rows when k == 1). */
    public int[] trainRows(int fold) {
        return IntStream.range(0, assignment.length)
                .filter(i -> k == 1 || assignment[i] != fold)
                .toArray();
    }

    /** The fold's held-out rows (none when k == 1). */
    public int[] validationRows(int fold) {
        return k == 1
                ? new int[0]
                : IntStream.range(0, assignment.length)
                        .filter(i -> assignment[i] == fold)
                        .toArray();
    }

    /** The folds whose real rows a model of {@code fold} trains on. */
    public List<Integer> foldsSeenBy(int fold) {
        return IntStream.range(0, k).filter(f -> k == 1 || f != fold).boxed().toList();
    }
}
