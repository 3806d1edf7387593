package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;

class AugmentationTest {
    private static final ImageShape SHAPE = new ImageShape(12, 12, 1);

    /** Images of a 4x4 block of distinct bright values in the middle of a black canvas. */
    private static INDArray images(int n) {
        float[] x = new float[n * 144];
        for (int i = 0; i < n; i++) {
            for (int y = 4; y < 8; y++) {
                for (int c = 4; c < 8; c++) {
                    x[i * 144 + y * 12 + c] = 0.2f + 0.05f * ((y - 4) * 4 + (c - 4));
                }
            }
        }
        return Nd4j.create(x, new long[] {n, 144});
    }

    private static INDArray augmented(Augmentation settings, Augmentation.Level level, long seed) {
        INDArray rows = images(20);
        new ImageAugmenter(SHAPE, settings).apply(rows, level, new Random(seed));
        return rows;
    }

    /** The input moved by (dx, dy) and mirrored when asked, zero filled. */
    private static float[] moved(float[] in, int dx, int dy, boolean flip) {
        float[] out = new float[144];
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 12; x++) {
                int sx = flip ? 11 - (x - dx) : x - dx;
                int sy = y - dy;
                out[y * 12 + x] = sx >= 0 && sx < 12 && sy >= 0 && sy < 12 ? in[sy * 12 + sx] : 0f;
            }
        }
        return out;
    }

    private static boolean isMovedCopy(float[] input, float[] view, int maxShift, boolean flips) {
        for (int dx = -maxShift; dx <= maxShift; dx++) {
            for (int dy = -maxShift; dy <= maxShift; dy++) {
                for (boolean flip : flips ? new boolean[] {false, true} : new boolean[] {false}) {
                    if (java.util.Arrays.equals(moved(input, dx, dy, flip), view)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void theSameSeedDrawsTheSameViewsAndAnotherSeedOthers() {
        Augmentation strong = Augmentation.of(Augmentation.Level.STRONG, true);
        assertThat(augmented(strong, Augmentation.Level.STRONG, 7))
                .isEqualTo(augmented(strong, Augmentation.Level.STRONG, 7));
        assertThat(augmented(strong, Augmentation.Level.STRONG, 8))
                .isNotEqualTo(augmented(strong, Augmentation.Level.STRONG, 7));
    }

    @Test
    void aWeakViewIsTheInputMovedByAtMostTwoPixelsAndSometimesFlipped() {
        float[] input = images(1).toFloatVector();
        INDArray views = augmented(Augmentation.of(Augmentation.Level.WEAK, true), Augmentation.Level.WEAK, 3);
        int changed = 0;
        for (int i = 0; i < views.rows(); i++) {
            float[] view = views.getRow(i).toFloatVector();
            assertThat(isMovedCopy(input, view, 2, true))
                    .as("view " + i + " is a moved copy")
                    .isTrue();
            changed += java.util.Arrays.equals(view, input) ? 0 : 1;
        }
        assertThat(changed).as("views that differ from the input").isGreaterThan(15);
    }

    @Test
    void withoutFlipsAWeakViewIsNeverMirrored() {
        float[] input = images(1).toFloatVector();
        INDArray views = augmented(Augmentation.of(Augmentation.Level.WEAK, false), Augmentation.Level.WEAK, 4);
        for (int i = 0; i < views.rows(); i++) {
            assertThat(isMovedCopy(input, views.getRow(i).toFloatVector(), 2, false))
                    .isTrue();
        }
    }

    @Test
    void aStrongViewDiffersFromEveryMovedCopyButKeepsMostOfThePatternAndStaysInRange() {
        float[] input = images(1).toFloatVector();
        INDArray views = augmented(Augmentation.of(Augmentation.Level.STRONG, false), Augmentation.Level.STRONG, 5);
        assertThat(views.minNumber().floatValue()).isGreaterThanOrEqualTo(0f);
        assertThat(views.maxNumber().floatValue()).isLessThanOrEqualTo(1f);
        for (int i = 0; i < views.rows(); i++) {
            float[] view = views.getRow(i).toFloatVector();
            assertThat(isMovedCopy(input, view, 4, false))
                    .as("view " + i + " is more than a shift")
                    .isFalse();
            assertThat(bestCorrelation(input, view, 4))
                    .as("view " + i + " still shows the block")
                    .isGreaterThan(0.3);
        }
    }

    @Test
    void theMirroredViewIsEachChannelReversedLeftToRightAndOnlyWhereFlipsAreOn() {
        ImageShape twoByThreeRgb = new ImageShape(3, 2, 2); // width 3, height 2, 2 channels
        INDArray row = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, new long[] {1, 12});
        INDArray mirrored = new ImageAugmenter(twoByThreeRgb, Augmentation.of(Augmentation.Level.WEAK, true))
                .mirrored(row)
                .orElseThrow();
        assertThat(mirrored.toFloatVector()).containsExactly(3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10);
        assertThat(row.toFloatVector()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(new ImageAugmenter(twoByThreeRgb, Augmentation.of(Augmentation.Level.WEAK, false)).mirrored(row))
                .isEmpty();
        assertThat(new TabularAugmenter().mirrored(row)).isEmpty();
    }

    @Test
    void theLevelNoneLeavesRowsAsTheyAre() {
        INDArray rows = images(3);
        INDArray before = rows.dup();
        new ImageAugmenter(SHAPE, Augmentation.of(Augmentation.Level.STRONG, true))
                .apply(rows, Augmentation.Level.NONE, new Random(1));
        assertThat(rows).isEqualTo(before);
    }

    @Test
    void tabularWeakNoiseHasTheStatedSpreadAndStrongSwapsTakeValuesFromTheSameColumn() {
        int n = 2000;
        INDArray rows = Nd4j.zeros(DataType.FLOAT, n, 2);
        new TabularAugmenter().apply(rows, Augmentation.Level.WEAK, new Random(1));
        assertThat(rows.stdNumber().doubleValue())
                .isCloseTo(TabularAugmenter.WEAK_NOISE, org.assertj.core.data.Offset.offset(0.01));

        INDArray columns = Nd4j.zeros(DataType.FLOAT, n, 2);
        columns.getColumn(0).assign(100f);
        columns.getColumn(1).assign(-100f);
        new TabularAugmenter().apply(columns, Augmentation.Level.STRONG, new Random(2));
        float[][] m = columns.toFloatMatrix();
        int dropped = 0;
        for (float[] row : m) {
            assertThat(Math.abs(row[0] - 100) < 1 || Math.abs(row[0]) < 1)
                    .as("column 0 keeps its own values")
                    .isTrue();
            assertThat(Math.abs(row[1] + 100) < 1 || Math.abs(row[1]) < 1)
                    .as("column 1 keeps its own values")
                    .isTrue();
            dropped += Math.abs(row[0]) < 1 ? 1 : 0;
        }
        assertThat(dropped / (double) n)
                .isCloseTo(TabularAugmenter.DROP_SHARE, org.assertj.core.data.Offset.offset(0.03));
    }

    private static double bestCorrelation(float[] a, float[] b, int maxShift) {
        double best = -1;
        for (int dx = -maxShift; dx <= maxShift; dx++) {
            for (int dy = -maxShift; dy <= maxShift; dy++) {
                best = Math.max(best, correlation(moved(a, dx, dy, false), b));
            }
        }
        return best;
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb + 1e-12);
    }
}
