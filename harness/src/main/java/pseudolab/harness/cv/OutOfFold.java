package pseudolab.harness.cv;

import java.util.ArrayList;
import java.util.List;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.Dataset;
import pseudolab.harness.data.NumericTargets;
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
        if (data.targets() instanceof NumericTargets values) {
            for (int r : rows) {
                truth.add(new String[] {Float.toString(values.values()[r])});
                predicted.add(new String[] {Float.toString(oof[r][0])});
            }
            return metric.evaluate(data.submissionColumns(), truth, predicted);
        }
        ClassTargets labels = (ClassTargets) data.targets();
        for (int r : rows) {
            int y = labels.indices()[r];
            float[] p = oof[r];
            if (data.probabilities()) {
                String[] t = new String[data.submissionColumns().size()];
                String[] q = new String[t.length];
                for (int j = 0; j < t.length; j++) {
                    int c = labels.classes().indexOf(data.submissionColumns().get(j));
                    t[j] = c == y ? "1" : "0";
                    q[j] = Float.toString(p[c]);
                }
                truth.add(t);
                predicted.add(q);
            } else {
                int best = 0;
                for (int j = 1; j < labels.count(); j++) {
                    if (p[j] > p[best]) {
                        best = j;
                    }
                }
                truth.add(new String[] {labels.classes().get(y)});
                predicted.add(new String[] {labels.classes().get(best)});
            }
        }
        return metric.evaluate(data.submissionColumns(), truth, predicted);
    }
}
