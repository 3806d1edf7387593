package pseudolab.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.ScoringException;

/** object_detection_map on boxes worked out by hand (IoU of boxes with equal heights = overlap of their widths). */
class ObjectDetectionMapTest {
    private static final List<String> COLUMN = List.of("PredictionString");

    private static double score(Map<String, String> params, String[] truth, String[] predicted) {
        return Metrics.create("object_detection_map", params).evaluate(COLUMN, rows(truth), rows(predicted));
    }

    private static List<String[]> rows(String[] cells) {
        return Arrays.stream(cells).map(c -> new String[] {c}).toList();
    }

    private static double score(String truth, String predicted) {
        return score(Map.of(), new String[] {truth}, new String[] {predicted});
    }

    @Test
    void aPerfectPredictionScoresOneAtEveryThreshold() {
        assertThat(score("0 0 10 10 20 20 5 5", "0.3 20 20 5 5 0.9 0 0 10 10")).isEqualTo(1.0);
    }

    @Test
    void precisionIsTruePositivesOverTruePositivesFalsePositivesAndFalseNegatives() {
        // truth: two far-apart boxes; predictions: one exact hit and two misses -> TP 1, FP 2, FN 1 -> 1/4
        assertThat(score("0 0 10 10 100 100 10 10", "0.9 0 0 10 10 0.8 50 50 10 10 0.7 300 300 5 5"))
                .isEqualTo(0.25);
    }

    @Test
    void anEmptyPredictionAgainstTrueBoxesScoresZero() {
        assertThat(score("0 0 10 10", "")).isZero();
    }

    @Test
    void predictionsOnAnImageWithoutTrueBoxesScoreZero() {
        assertThat(score("", "0.5 0 0 10 10")).isZero();
    }

    @Test
    void imagesWithNeitherTrueNorPredictedBoxesAreLeftOutOfTheMean() {
        // perfect (1), neither (left out), missed (0), false alarm (0): mean over three images
        String[] truth = {"0 0 10 10", "", "0 0 10 10", ""};
        String[] predicted = {"0.9 0 0 10 10", "  ", "", "0.5 0 0 5 5"};
        assertThat(score(Map.of(), truth, predicted)).isEqualTo(1.0 / 3);
        assertThat(score(Map.of(), new String[] {"", ""}, new String[] {"", ""}))
                .isNaN();
    }

    @Test
    void aDuplicateDetectionOfOneBoxIsAFalsePositive() {
        // the second copy finds its box claimed: TP 1, FP 1, FN 0 -> 1/2 at every threshold
        assertThat(score("0 0 10 10", "0.9 0 0 10 10 0.8 0 0 10 10")).isEqualTo(0.5);
    }

    @Test
    void tiesInConfidenceAreWalkedInSubmittedOrder() {
        // G1 = x 0..10, G2 = x 2..12 (height 10). P1 = x 2..11: IoU 8/11 with G1, 9/10 with G2.
        // P2 = x 2..12 = G2: IoU 1 with G2, 8/12 with G1. At t = 0.7:
        // P1 first: P1 takes G2, P2 finds only G1 at 0.667 <= 0.7 -> TP 1, FP 1, FN 1 -> 1/3.
        // P2 first: P2 takes G2, P1 takes G1 at 0.727 -> TP 2 -> 1.
        String truth = "0 0 10 10 2 0 10 10";
        Map<String, String> at07 = Map.of("thresholds", "0.7");
        assertThat(score(at07, new String[] {truth}, new String[] {"0.9 2 0 9 10 0.9 2 0 10 10"}))
                .isEqualTo(1.0 / 3);
        assertThat(score(at07, new String[] {truth}, new String[] {"0.9 2 0 10 10 0.9 2 0 9 10"}))
                .isEqualTo(1.0);
        assertThat(score(at07, new String[] {truth}, new String[] {"0.9 2 0 9 10 0.95 2 0 10 10"}))
                .isEqualTo(1.0);
    }

    @Test
    void eachPredictionClaimsTheUnclaimedBoxOfHighestIou() {
        // P (x 2..11) overlaps G1 at 8/11 and G2 at 9/10; it must take G2, leaving G1 to Q (x 0..10, exact)
        assertThat(score(Map.of("thresholds", "0.5"), new String[] {"0 0 10 10 2 0 10 10"}, new String[] {
                    "0.9 2 0 9 10 0.8 0 0 10 10"
                }))
                .isEqualTo(1.0);
    }

    @Test
    void anIouExactlyAtAThresholdIsNotAboveIt() {
        // IoU 60/100 = 0.6: above 0.50 and 0.55, not above 0.60, 0.65, 0.70, 0.75 -> 2/6
        assertThat(score("0 0 10 10", "0.9 0 0 10 6")).isCloseTo(2.0 / 6, within(1e-15));
        // IoU 65/100: above 0.50, 0.55, 0.60 only -> 3/6
        assertThat(score("0 0 10 10", "0.9 0 0 10 6.5")).isCloseTo(3.0 / 6, within(1e-15));
        // IoU 0.5 with the single threshold 0.5 -> miss: TP 0, FP 1, FN 1
        assertThat(score(Map.of("thresholds", "0.5"), new String[] {"0 0 10 10"}, new String[] {"1 0 0 10 5"}))
                .isZero();
    }

    @Test
    void iouUsesContinuousAreasAndTouchingBoxesDoNotOverlap() {
        // x 0..4 vs x 1..5 (height 1): 3 / 5 = 0.6 -> 2 of 6 thresholds; touching boxes: IoU 0 -> 0
        assertThat(score("0 0 4 1", "1 1 0 4 1")).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(score("0 0 0.5 0.5", "1 0.5 0 0.5 0.5")).isZero();
    }

    @Test
    void thresholdsAreARangeOrAListAndAreChecked() {
        ObjectDetectionMap standard = (ObjectDetectionMap) Metrics.create("object_detection_map", Map.of());
        assertThat(standard.thresholds()).containsExactly(0.5, 0.55, 0.6, 0.65, 0.7, 0.75);
        ObjectDetectionMap list =
                (ObjectDetectionMap) Metrics.create("object_detection_map", Map.of("thresholds", "0.5, 0.75"));
        assertThat(list.thresholds()).containsExactly(0.5, 0.75);
        assertThatThrownBy(() -> Metrics.create("object_detection_map", Map.of("thresholds", "0.5:1:0.25")))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("1.00 is not strictly between 0 and 1");
        assertThatThrownBy(() -> Metrics.create("object_detection_map", Map.of("thresholds", "0.75:0.5:0.05")))
                .hasMessageContaining("stop at least start");
        assertThatThrownBy(() -> Metrics.create("object_detection_map", Map.of("thresholds", "half")))
                .hasMessage("metric 'object_detection_map': thresholds='half': not a number");
        assertThatThrownBy(() -> Metrics.create("object_detection_map", Map.of("treshold", "0.5")))
                .hasMessage("metric 'object_detection_map' has no parameter 'treshold' (known: columns, thresholds)");
    }
}
