package pseudolab.scoring.bootstrap;

import java.util.List;
import java.util.stream.IntStream;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.metric.Accuracy;
import pseudolab.scoring.metric.Labels;
import pseudolab.scoring.metric.Rmse;
import pseudolab.scoring.metric.Table;

/** Prediction sets built from arrays: which rows a classifier gets right, or regression predictions. */
final class Synthetic {
    private Synthetic() {}

    /** Accuracy predictions that are right exactly on the rows where {@code correct} is true (truth is label 0). */
    static Predictions accuracy(boolean[] correct) {
        int[] truth = new int[correct.length];
        int[] predicted = new int[correct.length];
        for (int i = 0; i < correct.length; i++) {
            predicted[i] = correct[i] ? 0 : 1;
        }
        Table table = Table.ofLabels(
                List.of("y"), new int[][] {truth}, new int[][] {predicted}, new Labels[] {Labels.numeric()});
        return new Predictions(new Accuracy(List.of()), table, correct.length);
    }

    /** A board entry right on the first {@code hits} of {@code n} rows. */
    static Predictions accuracy(int n, int hits) {
        return accuracy(n, hits, 0);
    }

    /** A board entry right on {@code hits} of {@code n} rows, from row {@code offset} on (wrapping round). */
    static Predictions accuracy(int n, int hits, int offset) {
        boolean[] correct = new boolean[n];
        for (int i = 0; i < hits; i++) {
            correct[(offset + i) % n] = true;
        }
        return accuracy(correct);
    }

    /** RMSE predictions against the truth. */
    static Predictions rmse(double[] truth, double[] predicted) {
        Table table = Table.ofNumbers(List.of("y"), new double[][] {truth}, new double[][] {predicted});
        return new Predictions(new Rmse(Rmse.NAME, List.of()), table, truth.length);
    }

    static int[] allRows(int n) {
        return IntStream.range(0, n).toArray();
    }
}
