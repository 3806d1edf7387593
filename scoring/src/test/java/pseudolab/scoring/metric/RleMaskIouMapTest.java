package pseudolab.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.ScoringException;

/** rle_mask_iou_map on 3x3 images (pixels 1-3 are the first column, 4-6 the second, 7-9 the third). */
class RleMaskIouMapTest {
    private static final Map<String, String> THREE_BY_THREE = Map.of("height", "3", "width", "3");

    private static double score(String truth, String predicted) {
        return Metrics.create("rle_mask_iou_map", THREE_BY_THREE)
                .evaluate(List.of("rle_mask"), List.<String[]>of(new String[] {truth}), List.<String[]>of(new String[] {
                    predicted
                }));
    }

    @Test
    void twoEmptyMasksScoreOne() {
        assertThat(score("", "")).isEqualTo(1.0);
    }

    @Test
    void anyPredictionOnAnEmptyTruthScoresZero() {
        assertThat(score("", "5 1")).isZero();
    }

    @Test
    void anEmptyPredictionAgainstRealSaltScoresZero() {
        assertThat(score("1 9", "")).isZero();
    }

    @Test
    void aRunMayCrossAColumnBoundary() {
        // "3 2" covers the bottom of column 1 and the top of column 2: the same pixels as "3 1 4 1"
        assertThat(score("3 2", "3 1 4 1")).isEqualTo(1.0);
        // "2 4" = pixels 2..5 across columns 1 and 2; truth 4..6: overlap {4,5} = 2, union {2..6} = 5 -> 0.4
        assertThat(score("4 3", "2 4")).isZero();
        // "1 7" crosses two boundaries; truth 1..9: IoU 7/9 = 0.778 > 0.50 .. 0.75 -> 6 of 10 thresholds
        assertThat(score("1 9", "1 7")).isEqualTo(0.6);
    }

    @Test
    void theIouMustStrictlyExceedEachThreshold() {
        // IoU 2/4 = 0.5 exceeds none; 3/4 = 0.75 exceeds 0.50 .. 0.70 (5 of 10), not 0.75
        assertThat(score("1 4", "1 2")).isZero();
        assertThat(score("1 4", "1 3")).isEqualTo(0.5);
        // 9/10 exceeds 0.50 .. 0.85 (8 of 10); on a 10x1 image
        double ninth = Metrics.create("rle_mask_iou_map", Map.of("height", "10", "width", "1"))
                .evaluate(List.of("m"), List.<String[]>of(new String[] {"1 10"}), List.<String[]>of(new String[] {"2 9"
                }));
        assertThat(ninth).isEqualTo(0.8);
    }

    @Test
    void adjacentRunsAreOneMaskAndTheScoreIsTheMeanOverImages() {
        List<String[]> truth = Arrays.stream(new String[] {"1 4", "", "1 9"})
                .map(c -> new String[] {c})
                .toList();
        List<String[]> predicted = Arrays.stream(new String[] {"1 2 3 2", "", ""})
                .map(c -> new String[] {c})
                .toList();
        assertThat(Metrics.create("rle_mask_iou_map", THREE_BY_THREE).evaluate(List.of("m"), truth, predicted))
                .isEqualTo((1.0 + 1.0 + 0.0) / 3);
    }

    @Test
    void malformedMasksAreRefusedSayingWhatIsWrong() {
        RleMaskIouMap metric = (RleMaskIouMap) Metrics.create("rle_mask_iou_map", THREE_BY_THREE);
        assertThat(metric.textProblem("1 2 3")).isEqualTo("odd count of numbers (3); runs are pairs 'start length'");
        assertThat(metric.textProblem("0 2")).isEqualTo("'0' must be at least 1");
        assertThat(metric.textProblem("1 -2")).isEqualTo("'-2' must be at least 1");
        assertThat(metric.textProblem("1 2.5")).isEqualTo("'2.5' is not a whole number");
        assertThat(metric.textProblem("5 1 2 1")).isEqualTo("run '2 1' starts out of order (after a run at 5)");
        assertThat(metric.textProblem("1 3 2 2")).isEqualTo("run '2 2' overlaps the previous run (pixels 1 to 3)");
        assertThat(metric.textProblem("8 3")).isEqualTo("run '8 3' ends at pixel 10, past the last pixel 9");
        assertThat(metric.textProblem("10 1")).isEqualTo("'10' is past the last pixel 9");
        assertThat(metric.textProblem("99999999999999999999 1"))
                .isEqualTo("'99999999999999999999' is past the last pixel 9");
        assertThat(metric.textProblem(" 1 2  4 1 ")).isNull();
        assertThat(metric.textProblem("")).isNull();
    }

    @Test
    void heightAndWidthAreRequiredWholeNumbers() {
        assertThatThrownBy(() -> Metrics.create("rle_mask_iou_map", Map.of("width", "101")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("metric 'rle_mask_iou_map' needs the parameter height (e.g. height=101)");
        assertThatThrownBy(() -> Metrics.create("rle_mask_iou_map", Map.of("height", "0", "width", "101")))
                .hasMessage("metric 'rle_mask_iou_map': height='0' is not a whole number of at least 1");
    }
}
