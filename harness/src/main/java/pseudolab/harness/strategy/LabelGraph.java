package pseudolab.harness.strategy;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import pseudolab.harness.HarnessException;

/**
 * Label propagation over a k-nearest-neighbour graph (Zhou et al. 2004, as used for deep semi-supervised learning by
 * Iscen et al. 2019): rows are L2-normalised embeddings, each row links to its {@code k} most similar rows with
 * weight {@code max(0, cosine)^gamma}, the graph is made symmetric ({@code W = A + A^T}) and normalised
 * ({@code S = D^-1/2 W D^-1/2}), and the class scores spread from the seeds for a fixed number of steps,
 * {@code Z <- alpha S Z + Y} from {@code Z = Y}, where {@code Y} holds the seeds' one-hot labels and zeros for the
 * other rows (many steps approach the closed form {@code (I - alpha S)^-1 Y}; fewer keep labels more local).
 *
 * @param k neighbours per row (the graph keeps fewer when there are fewer other rows)
 * @param alpha how far labels spread, in [0, 1): 0 keeps the seeds only, near 1 follows the graph far
 * @param gamma the power that sharpens similarities into weights
 * @param steps propagation steps
 */
public record LabelGraph(int k, double alpha, double gamma, int steps) {
    /** Neighbours per row by default ({@code --neighbours}). */
    public static final int DEFAULT_K = 10;
    /** Iscen et al.'s spread by default ({@code --propagation-alpha}). */
    public static final double DEFAULT_ALPHA = 0.99;
    /** Iscen et al.'s alpha and gamma with a smaller neighbourhood: k 10, alpha 0.99, gamma 3, 50 steps. */
    public static final LabelGraph DEFAULTS = new LabelGraph(DEFAULT_K, DEFAULT_ALPHA, 3, 50);
    /** Rows whose similarities to every row are computed at once (one matrix product, BLOCK x rows floats). */
    private static final int BLOCK = 256;

    public LabelGraph {
        if (k < 1) {
            throw new HarnessException("--neighbours must be at least 1, got " + k);
        }
        if (!(alpha >= 0 && alpha < 1)) {
            throw new HarnessException("--propagation-alpha must be in [0, 1), got " + alpha);
        }
        if (steps < 1) {
            throw new HarnessException("propagation steps must be at least 1, got " + steps);
        }
    }

    /** This graph with {@code k} neighbours and spread {@code alpha}, the sharpening and steps kept. */
    public LabelGraph withSpread(int k, double alpha) {
        return new LabelGraph(k, alpha, gamma, steps);
    }

    /**
     * Class scores for every row of {@code embeddings} ([rows][dims], need not be normalised) given {@code seeds[r]},
     * the class of row r or -1 for an unlabelled row; scores are {@code [rows][classes]}, not normalised.
     */
    public double[][] propagate(float[][] embeddings, int[] seeds, int classes) {
        int n = embeddings.length;
        float[][] e = normalised(embeddings);
        int kk = Math.min(k, n - 1);
        int[][] neighbour = new int[n][kk];
        double[][] weight = new double[n][kk];
        if (kk > 0) {
            INDArray rows = Nd4j.create(e);
            for (int start = 0; start < n; start += BLOCK) {
                int end = Math.min(n, start + BLOCK);
                float[][] similarity = rows.get(NDArrayIndex.interval(start, end), NDArrayIndex.all())
                        .mmul(rows.transpose())
                        .toFloatMatrix();
                for (int i = start; i < end; i++) {
                    nearest(similarity[i - start], i, neighbour[i], weight[i]);
                }
            }
        }
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < kk; m++) {
                degree[i] += weight[i][m];
                degree[neighbour[i][m]] += weight[i][m];
            }
        }
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = degree[i] > 0 ? 1 / Math.sqrt(degree[i]) : 0;
        }
        double[][] z = new double[n][classes];
        for (int c = 0; c < classes; c++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = seeds[i] == c ? 1 : 0;
            }
            double[] solution = solve(y, neighbour, weight, scale);
            for (int i = 0; i < n; i++) {
                z[i][c] = solution[i];
            }
        }
        return z;
    }

    /** {@code steps} propagation steps from the seeds: {@code z <- alpha S z + y}. */
    private double[] solve(double[] y, int[][] neighbour, double[][] weight, double[] scale) {
        double[] z = y.clone();
        double[] next = new double[y.length];
        for (int step = 0; step < steps; step++) {
            spread(z, next, neighbour, weight, scale);
            for (int i = 0; i < y.length; i++) {
                next[i] = alpha * next[i] + y[i];
            }
            double[] t = z;
            z = next;
            next = t;
        }
        return z;
    }

    /** {@code out = S v} with {@code S = D^-1/2 (A + A^T) D^-1/2}. */
    private static void spread(double[] v, double[] out, int[][] neighbour, double[][] weight, double[] scale) {
        int n = v.length;
        double[] sv = new double[n];
        for (int i = 0; i < n; i++) {
            sv[i] = scale[i] * v[i];
            out[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int m = 0; m < neighbour[i].length; m++) {
                int j = neighbour[i][m];
                sum += weight[i][m] * sv[j];
                out[j] += weight[i][m] * sv[i];
            }
            out[i] += sum;
        }
        for (int i = 0; i < n; i++) {
            out[i] *= scale[i];
        }
    }

    /** The {@code k} rows most similar to row {@code i} (itself excluded), given its similarities, and their weights. */
    private void nearest(float[] similarity, int i, int[] index, double[] w) {
        int kk = index.length;
        double[] best = new double[kk];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(index, -1);
        for (int j = 0; j < similarity.length; j++) {
            double s = similarity[j];
            if (j == i || s <= best[kk - 1]) {
                continue;
            }
            int at = kk - 1;
            while (at > 0 && best[at - 1] < s) {
                best[at] = best[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            best[at] = s;
            index[at] = j;
        }
        for (int m = 0; m < kk; m++) {
            w[m] = Math.pow(Math.max(0, best[m]), gamma);
        }
    }

    private static float[][] normalised(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double norm = 0;
            for (float v : rows[i]) {
                norm += v * v;
            }
            double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            out[i] = new float[rows[i].length];
            for (int d = 0; d < rows[i].length; d++) {
                out[i][d] = (float) (rows[i][d] * inv);
            }
        }
        return out;
    }
}
