package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Label propagation over a kNN graph: against a dense solve written out here, and on hand-made clusters. */
class LabelGraphTest {
    @Test
    void scoresSolveTheLinearSystemOfTheNormalisedSymmetricKnnGraph() {
        Random rng = new Random(3);
        float[][] e = new float[12][3];
        for (float[] row : e) {
            for (int d = 0; d < 3; d++) {
                row[d] = (float) rng.nextGaussian();
            }
        }
        int[] seeds = {0, 1, -1, -1, 2, -1, -1, -1, 0, -1, -1, -1};
        LabelGraph graph = new LabelGraph(3, 0.9, 2, 400);
        double[][] z = graph.propagate(e, seeds, 3);
        double[][] expected = denseSolve(e, seeds, 3, 3, 0.9, 2);
        for (int i = 0; i < e.length; i++) {
            for (int c = 0; c < 3; c++) {
                assertThat(z[i][c]).as("row %d class %d", i, c).isCloseTo(expected[i][c], within(1e-6));
            }
        }
    }

    @Test
    void labelsSpreadAlongAChainToRowsThatAreNotNearAnySeedDirectly() {
        // two arcs of the unit circle, one seed at the far end of each: the middle rows are nearest to their own arc
        float[][] e = new float[10][];
        int[] seeds = new int[10];
        for (int i = 0; i < 5; i++) {
            e[i] = point(0.1 * i);
            e[5 + i] = point(Math.PI / 2 + 0.6 + 0.1 * i);
            seeds[i] = i == 0 ? 0 : -1;
            seeds[5 + i] = i == 4 ? 1 : -1;
        }
        double[][] z = new LabelGraph(2, 0.99, 3, 30).propagate(e, seeds, 2);
        for (int i = 0; i < 5; i++) {
            assertThat(z[i][0]).as("row %d", i).isGreaterThan(z[i][1]);
            assertThat(z[5 + i][1]).as("row %d", 5 + i).isGreaterThan(z[5 + i][0]);
        }
    }

    @Test
    void eachStepCarriesTheLabelsOneEdgeFurther() {
        // a - b - c on an arc, each row linked to its nearest: a and b to each other, c to b; a is the only seed
        float[][] e = {point(0), point(0.1), point(0.25)};
        int[] seeds = {0, -1, -1};
        double[][] one = new LabelGraph(1, 0.9, 1, 1).propagate(e, seeds, 1);
        assertThat(one[1][0]).isPositive();
        assertThat(one[2][0]).isZero();
        double[][] two = new LabelGraph(1, 0.9, 1, 2).propagate(e, seeds, 1);
        assertThat(two[2][0]).isPositive().isLessThan(two[1][0]);
    }

    @Test
    void alphaZeroKeepsOnlyTheSeeds() {
        float[][] e = {point(0), point(0.1), point(2)};
        double[][] z = new LabelGraph(1, 0, 3, 5).propagate(e, new int[] {1, -1, 0}, 2);
        assertThat(z[0]).containsExactly(0, 1);
        assertThat(z[1]).containsExactly(0, 0);
        assertThat(z[2]).containsExactly(1, 0);
    }

    @Test
    void aGraphWithFewerRowsThanNeighboursLinksEveryOtherRow() {
        assertThat(new LabelGraph(5, 0.9, 3, 10).propagate(new float[][] {{1, 0}}, new int[] {1}, 2)[0])
                .containsExactly(0, 1);
        double[][] z = new LabelGraph(5, 0.5, 1, 1).propagate(new float[][] {{1, 0}, {1, 1}}, new int[] {0, -1}, 1);
        // two rows linked both ways with weight cos 45 degrees: S = [[0, 1], [1, 0]], one step gives row 1 alpha
        assertThat(z[1][0]).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void badSettingsAreRefusedWithTheirValue() {
        assertThatThrownBy(() -> new LabelGraph(0, 0.9, 3, 10))
                .hasMessageContaining("--neighbours must be at least 1, got 0");
        assertThatThrownBy(() -> new LabelGraph(5, 1.0, 3, 10))
                .hasMessageContaining("--propagation-alpha must be in [0, 1), got 1.0");
    }

    private static float[] point(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    /** (I - alpha S)^-1 Y by Gaussian elimination, S built densely from the same definition. */
    private static double[][] denseSolve(float[][] e, int[] seeds, int classes, int k, double alpha, double gamma) {
        int n = e.length;
        double[][] unit = new double[n][];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (float v : e[i]) {
                norm += v * v;
            }
            unit[i] = new double[e[i].length];
            for (int d = 0; d < e[i].length; d++) {
                unit[i][d] = e[i][d] / Math.sqrt(norm);
            }
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] sim = new double[n];
            for (int j = 0; j < n; j++) {
                for (int d = 0; d < unit[i].length; d++) {
                    sim[j] += unit[i][d] * unit[j][d];
                }
            }
            sim[i] = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                int best = 0;
                for (int j = 1; j < n; j++) {
                    best = sim[j] > sim[best] ? j : best;
                }
                double weight = Math.pow(Math.max(0, sim[best]), gamma);
                w[i][best] += weight;
                w[best][i] += weight;
                sim[best] = Double.NEGATIVE_INFINITY;
            }
        }
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degree[i] += w[i][j];
            }
        }
        double[][] a = new double[n][n + classes];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1 : 0) - alpha * w[i][j] / Math.sqrt(degree[i] * degree[j]);
            }
            if (seeds[i] >= 0) {
                a[i][n + seeds[i]] = 1;
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < n + classes; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[][] z = new double[n][classes];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < classes; c++) {
                z[i][c] = a[i][n + c] / a[i][i];
            }
        }
        return z;
    }
}
