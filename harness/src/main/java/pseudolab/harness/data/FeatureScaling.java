package pseudolab.harness.data;

import java.util.List;

/** Scales train and test features in place with train statistics only: pixels by the train maximum, other columns standardised. */
final class FeatureScaling {
    private FeatureScaling() {}

    /** Scales {@code train} and {@code test} (row-major, one column per feature) in place; returns how, for provenance. */
    static String scale(List<String> features, float[] train, float[] test) {
        int d = features.size();
        boolean pixels = features.stream().allMatch(f -> f.toLowerCase().startsWith("pixel"));
        if (pixels) {
            float max = 0;
            for (float v : train) {
                max = Math.max(max, Math.abs(v));
            }
            float s = max > 1 ? 1f / max : 1f;
            for (int i = 0; i < train.length; i++) {
                train[i] *= s;
            }
            for (int i = 0; i < test.length; i++) {
                test[i] *= s;
            }
            return "pixels divided by train maximum " + max;
        }
        int n = train.length / d;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = train[i * d + j];
                mean[j] += v;
                sq[j] += v * v;
            }
        }
        float[] m = new float[d];
        float[] inv = new float[d];
        for (int j = 0; j < d; j++) {
            double mu = mean[j] / n;
            double var = Math.max(0, sq[j] / n - mu * mu);
            m[j] = (float) mu;
            inv[j] = var > 1e-12 ? (float) (1 / Math.sqrt(var)) : 1f;
        }
        for (float[] a : new float[][] {train, test}) {
            for (int i = 0; i < a.length; i++) {
                int j = i % d;
                a[i] = (a[i] - m[j]) * inv[j];
            }
        }
        return "standardised per column with train mean and standard deviation";
    }
}
