package pseudolab.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.ScoringException;

/** Every metric on small arrays worked out by hand. */
class MetricsByHandTest {

    private static List<String[]> rows(String... cells) {
        return Arrays.stream(cells).map(c -> c.split(";", -1)).toList();
    }

    private static double score(String metric, List<String> columns, List<String[]> truth, List<String[]> predicted) {
        return Metrics.create(metric, Map.of()).evaluate(columns, truth, predicted);
    }

    @Test
    void accuracyCountsExactLabelMatchesAndTreatsNumericLabelsByValue() {
        assertThat(score("accuracy", List.of("Label"), rows("1", "2", "3", "4"), rows("1.0", "2", "4", "3")))
                .isEqualTo(0.5);
        assertThat(score("accuracy", List.of("Label"), rows("cat", "dog", "cat"), rows("cat", "Dog", "cat")))
                .isEqualTo(2.0 / 3);
    }

    @Test
    void accuracyOverSeveralColumnsNeedsEveryColumnRight() {
        assertThat(score("accuracy", List.of("a", "b"), rows("1;1", "1;0", "0;0"), rows("1;1", "1;1", "0;0")))
                .isEqualTo(2.0 / 3);
    }

    @Test
    void multiClassLogLossNormalisesRowsThenClips() {
        // row 1: p(true) = 2/(2+2) = 0.5; row 2: p(true) = 0 -> clipped to 1e-15
        double expected = (-Math.log(0.5) - Math.log(1e-15)) / 2;
        assertThat(score("logloss", List.of("A", "B"), rows("1;0", "0;1"), rows("2;2", "1;0")))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void binaryLogLossReadsOneColumnAsTheProbabilityOfClassOne() {
        double expected = -(Math.log(0.8) + Math.log(1 - 0.3) + Math.log(0.6)) / 3;
        assertThat(score("logloss", List.of("target"), rows("1", "0", "1"), rows("0.8", "0.3", "0.6")))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4) 1, (0.8>0.1) 1, (0.4=0.4) 0.5, (0.4>0.1) 1
        assertThat(score("auc", List.of("y"), rows("1", "1", "0", "0"), rows("0.8", "0.4", "0.4", "0.1")))
                .isEqualTo(3.5 / 4);
    }

    @Test
    void aucRefusesTruthThatIsNotZeroOrOne() {
        assertThatThrownBy(() -> score("auc", List.of("y"), rows("1", "2"), rows("0.8", "0.4")))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("0/1");
    }

    @Test
    void rmseAndMaeAreTheTextbookFormulas() {
        List<String[]> truth = rows("1", "2", "3", "4");
        List<String[]> predicted = rows("2", "2", "1", "4");
        assertThat(score("rmse", List.of("v"), truth, predicted)).isCloseTo(Math.sqrt(5.0 / 4), within(1e-15));
        assertThat(score("mae", List.of("v"), truth, predicted)).isEqualTo(3.0 / 4);
    }

    @Test
    void mcrmseAveragesTheColumnsRmse() {
        // column a errors 1, 1 -> rmse 1; column b errors 0, 2 -> rmse sqrt(2)
        assertThat(score("mcrmse", List.of("a", "b"), rows("1;1", "2;2"), rows("2;1", "3;4")))
                .isCloseTo((1 + Math.sqrt(2)) / 2, within(1e-15));
    }

    @Test
    void macroF1AveragesPerLabelF1OverLabelsSeenInTruthOrPredictions() {
        // truth a a b c ; predicted a b b d
        // a: tp1 fp0 fn1 -> 2/3; b: tp1 fp1 fn0 -> 2/3; c: 0; d: 0  -> (4/3)/4
        assertThat(score("macro_f1", List.of("l"), rows("a", "a", "b", "c"), rows("a", "b", "b", "d")))
                .isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void quadraticWeightedKappaFollowsTheConfusionMatrixFormula() {
        // truth 0 0 1 1 2 2 ; predicted 0 1 1 1 2 1. Labels 0,1,2; weights (i-j)^2
        // observed: (0,0)1 (0,1)1 (1,1)2 (2,2)1 (2,1)1 -> weighted 1 + 1 = 2
        // hist truth 2,2,2 ; predicted 1,4,1 ; expected E_ij = t_i p_j / 6, weighted sum
        // i=0: 1*2*4 + 4*2*1 = 16 ; i=1: 1*2*1 + 1*2*1 = 4 ; i=2: 4*2*1 + 1*2*4 = 16 -> 36/6 = 6
        // kappa = 1 - 2/6 = 2/3
        assertThat(score(
                        "quadratic_weighted_kappa",
                        List.of("r"),
                        rows("0", "0", "1", "1", "2", "2"),
                        rows("0", "1", "1", "1", "2", "1")))
                .isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void meanColumnwiseLogLossAveragesBinaryLossesOfTheColumns() {
        double a = -(Math.log(0.9) + Math.log(1 - 0.2)) / 2;
        double b = -(Math.log(1 - 1e-15) + Math.log(1e-15)) / 2;
        assertThat(score("mean_columnwise_logloss", List.of("a", "b"), rows("1;0", "0;1"), rows("0.9;0", "0.2;0")))
                .isCloseTo((a + b) / 2, within(1e-12));
    }

    @Test
    void jaccardComparesLowerCasedWordSetsPerRow() {
        // {the, cat} vs {the, dog}: 1/3 ; {} vs {}: 1 ; {happy} vs {happy, day}: 1/2
        assertThat(score(
                        "jaccard", List.of("t"), rows("The  cat", "", "happy"), rows("the dog the", "  ", "HAPPY day")))
                .isCloseTo((1.0 / 3 + 1 + 0.5) / 3, within(1e-15));
    }

    @Test
    void jaccardSplitsWordsOnEveryCharacterPythonStrSplitTreatsAsWhitespace() {
        // the code points for which Python 3's str.isspace() is true, no-break spaces included
        int[] pythonWhitespace = {
            0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002,
            0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000
        };
        for (int c : pythonWhitespace) {
            String text = "good" + (char) c + "day";
            assertThat(score("jaccard", List.of("t"), rows("good day"), List.<String[]>of(new String[] {text})))
                    .as("U+%04X", c)
                    .isEqualTo(1.0);
        }
        // not whitespace for Python: zero-width space, word joiner, Mongolian vowel separator (Unicode 6.3+)
        for (int c : new int[] {0x200B, 0x2060, 0x180E}) {
            String text = "good" + (char) c + "day";
            assertThat(score("jaccard", List.of("t"), rows("good day"), List.<String[]>of(new String[] {text})))
                    .as("U+%04X", c)
                    .isZero();
        }
    }

    @Test
    void eachMetricKnowsItsDirection() {
        assertThat(Metrics.names())
                .containsExactly(
                        "accuracy",
                        "auc",
                        "jaccard",
                        "logloss",
                        "macro_f1",
                        "mae",
                        "mcrmse",
                        "mean_columnwise_logloss",
                        "object_detection_map",
                        "quadratic_weighted_kappa",
                        "rle_mask_iou_map",
                        "rmse",
                        "weighted_nae");
        Map<String, Map<String, String>> required = Map.of(
                "rle_mask_iou_map", Map.of("height", "101", "width", "101"),
                "weighted_nae", Map.of("weights", "age:1"));
        for (String name : Metrics.names()) {
            Metric metric = Metrics.create(name, required.getOrDefault(name, Map.of()));
            assertThat(metric.name()).isEqualTo(name);
            boolean lower = List.of("logloss", "mae", "mcrmse", "mean_columnwise_logloss", "rmse", "weighted_nae")
                    .contains(name);
            assertThat(metric.higherIsBetter()).as(name).isEqualTo(!lower);
        }
    }

    @Test
    void anUnknownMetricIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> Metrics.create("acuracy", Map.of()))
                .isInstanceOf(ScoringException.class)
                .hasMessage("unknown metric 'acuracy' (known: accuracy, auc, jaccard, logloss, macro_f1, mae, mcrmse, "
                        + "mean_columnwise_logloss, object_detection_map, quadratic_weighted_kappa, rle_mask_iou_map, rmse, "
                        + "weighted_nae)");
    }

    @Test
    void theColumnsParameterChoosesTheScoredColumns() {
        Metric onlyB = Metrics.create("rmse", Map.of("columns", "b"));
        assertThat(onlyB.evaluate(List.of("a", "b"), rows("0;1", "0;1"), rows("9;1", "9;3")))
                .isEqualTo(Math.sqrt(2));
        assertThatThrownBy(() -> Metrics.create("rmse", Map.of("columns", "c"))
                        .evaluate(List.of("a", "b"), rows("0;1"), rows("0;1")))
                .hasMessageContaining("column 'c' is not a target column (targets: a, b)");
        assertThatThrownBy(() -> Metrics.create("rmse", Map.of("colums", "a")))
                .hasMessage("metric 'rmse' has no parameter 'colums' (known: columns)");
        assertThatThrownBy(() -> score("macro_f1", List.of("a", "b"), rows("0;1"), rows("0;1")))
                .hasMessageContaining("scores one column");
    }

    @Test
    void inMemoryEvaluationRefusesMismatchedOrNonNumericRows() {
        assertThatThrownBy(() -> score("rmse", List.of("v"), rows("1", "2"), rows("1")))
                .hasMessageContaining("2 truth rows but 1 predicted rows");
        assertThatThrownBy(() -> score("rmse", List.of("v"), rows("1"), rows("x")))
                .hasMessageContaining("predicted row 0, column 'v': 'x' is not a finite number");
        assertThatThrownBy(() -> score("logloss", List.of("a", "b"), rows("1;0"), rows("0;0")))
                .hasMessageContaining("sum to 0");
    }
}
