package pseudolab.harness.cv;

import java.util.ArrayList;
import java.util.List;
import pseudolab.harness.data.Dataset;
import pseudolab.scoring.Metric;

/** Scores out-of-fold predictions on real labelled rows with the competition's metric (the scoring module's). */
public final class OutOfFold {
    private final Metric metric;
    private final Dataset data;

    public OutOfFold(Metric metric, Dataset data) {
        this.metric = metric;
        this.data = data;
    }

    /** The metric over the given labelled rows, each scored with its own out-of-fold probabilities (or value, in target units, for regression). */
    public double score(int[] rows, float[][] oof) {
        List<String[]> truth = new ArrayList<>(rows.length);
        List<String[]> predicted = new ArrayList<>(rows.length);
        int k = data.numClasses();
        for (int r : rows) {
            int y = data.trainY()[r];
            float[] p = oof[r];
            if (data.regression()) {
                truth.add(new String[] {Float.toString(data.trainValues()[r])});
                predicted.add(new String[] {Float.toString(p[0])});
            } else if (data.probabilities()) {
                String[] t = new String[data.submissionColumns().size()];
                String[] q = new String[t.length];
                for (int j = 0; j < t.length; j++) {
                    int c = data.classes().indexOf(data.submissionColumns().get(j));
                    t[j] = c == y ? "1" : "0";
                    q[j] = Float.toString(p[c]);
                }
                truth.add(t);
                predicted.add(q);
            } else {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (p[j] > p[best]) {
                        best = j;
                    }
                }
                truth.add(new String[] {data.classes().get(y)});
                predicted.add(new String[] {data.classes().get(best)});
            }
        }
        return metric.evaluate(data.submissionColumns(), truth, predicted);
    }
}
