package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which test rows become pseudolabels: above the threshold, capped or balanced per class. */
class ConfidentRowsTest {
    // eight test rows over three classes; class 0 is predicted five times, class 1 twice, class 2 once
    private static final float[][] P = {
        {0.95f, 0.03f, 0.02f}, // 0: class 0, 0.95
        {0.10f, 0.85f, 0.05f}, // 1: class 1, 0.85
        {0.99f, 0.00f, 0.01f}, // 2: class 0, 0.99
        {0.91f, 0.05f, 0.04f}, // 3: class 0, 0.91
        {0.05f, 0.05f, 0.90f}, // 4: class 2, 0.90
        {0.97f, 0.02f, 0.01f}, // 5: class 0, 0.97
        {0.02f, 0.96f, 0.02f}, // 6: class 1, 0.96
        {0.93f, 0.04f, 0.03f} // 7: class 0, 0.93
    };

    private static Selection threshold(double t, int topK) {
        return new Selection("hard", t, topK, 1.0);
    }

    @Test
    void withoutBalanceOrCapEveryRowAboveTheThresholdIsKept() {
        assertThat(ConfidentRows.select(P, 3, threshold(0.9, 0), false)).containsExactly(0, 2, 3, 5, 6, 7);
        assertThat(ConfidentRows.select(P, 3, threshold(0.8, 0), false)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void balancedSelectionKeepsAsManyRowsPerClassAsTheLeastRepresentedClassTheMostConfidentFirst() {
        // above 0.8: class 0 has five rows, class 1 two, class 2 one -> one row each, the most confident
        assertThat(ConfidentRows.select(P, 3, threshold(0.8, 0), true)).containsExactly(2, 4, 6);
    }

    @Test
    void aClassWithNoRowAboveTheThresholdDoesNotEmptyTheBalancedSelection() {
        // above 0.9 class 2 has none (its 0.90 does not exceed 0.9): class 1's single row sets the share
        assertThat(ConfidentRows.select(P, 3, threshold(0.9, 0), true)).containsExactly(2, 6);
    }

    @Test
    void aPerClassCapTakesPrecedenceOverTheBalance() {
        int[] capped = ConfidentRows.select(P, 3, threshold(0.8, 2), true);
        assertThat(capped).containsExactly(1, 2, 4, 5, 6);
        assertThat(ConfidentRows.select(P, 3, threshold(0.8, 2), false)).containsExactly(capped);
    }

    @Test
    void equallyConfidentRowsOfAClassAreTakenInRowOrder() {
        float[][] ties = {{0.9f, 0.1f}, {0.95f, 0.05f}, {0.9f, 0.1f}, {0.1f, 0.9f}};
        assertThat(ConfidentRows.select(ties, 2, threshold(0.5, 2), false)).containsExactly(0, 1, 3);
    }

    @Test
    void noRowAboveTheThresholdKeepsNothing() {
        assertThat(ConfidentRows.select(P, 3, threshold(0.999, 0), true)).isEmpty();
    }

    @Test
    void argmaxIsTheFirstLargestValue() {
        assertThat(ConfidentRows.argmax(new float[] {0.2f, 0.4f, 0.4f})).isEqualTo(1);
        assertThat(ConfidentRows.argmax(new float[] {0.7f, 0.3f})).isZero();
        assertThat(ConfidentRows.argmax(new float[] {0.1f, 0.2f, 0.7f})).isEqualTo(2);
    }
}
