package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats of Global Wheat (boxes), TGS Salt (run-length masks) and TReNDS (subject_target ids) through
 * solution and submission files: empty fields where they mean "nothing", every malformed value refused with
 * its line, column and value, and nothing scored from a refused file.
 */
class KaggleFormatsTest {
    private static final String WEIGHTS = "age:0.3,domain1_var1:0.7";

    @TempDir
    Path dir;

    private SubmissionFiles files;

    @BeforeEach
    void files() {
        files = new SubmissionFiles(dir);
    }

    private Score score(String metric, Map<String, String> params, String solution, String submission) {
        return new Scorer(Metrics.create(metric, params))
                .score(Solution.read(files.write("solution.csv", solution)), files.write("submission.csv", submission));
    }

    private List<String> problems(String metric, Map<String, String> params, String solution, String submission) {
        InvalidSubmissionException e = catchThrowableOfType(
                InvalidSubmissionException.class, () -> score(metric, params, solution, submission));
        assertThat(e).as("submission should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String WHEAT = """
            image_id,PredictionString,Usage
            a,0 0 10 10,Public
            b,,Public
            c,0 0 10 10 20 20 5 5,Private
            d,,Private
            e,5 5 5 5,Ignored
            """;

    @Test
    void wheatScoresEmptyFieldsAsNoBoxesPerUsage() {
        // public: a perfect (1), b neither -> left out; private: c one of two found (1/2), d false alarm (0)
        Score score = score("object_detection_map", Map.of(), WHEAT, """
                PredictionString,image_id
                0.5 20 20 5 5,c
                ,b
                0.9 0 0 10 10,a
                ,e
                0.1 1 1 1 1,d
                """);
        assertThat(score.publicScore()).isEqualTo(1.0);
        assertThat(score.privateScore()).isEqualTo(0.25);
        assertThat(score.higherIsBetter()).isTrue();
    }

    @Test
    void malformedPredictionStringsAreRefusedWithLineColumnAndValue() {
        assertThat(problems("object_detection_map", Map.of(), WHEAT, """
                image_id,PredictionString
                a,0.9 0 0 10
                b,high 0 0 10 10
                c,0.9 0 0 -5 10
                d,0.9 0 0 10 NaN
                e,
                """))
                .containsExactly(
                        "line 2: value '0.9 0 0 10' in column 'PredictionString': 4 numbers is not a whole number of boxes of 5"
                                + " (confidence x_min y_min width height)",
                        "line 3: value 'high 0 0 10 10' in column 'PredictionString': 'high' is not a finite number",
                        "line 4: value '0.9 0 0 -5 10' in column 'PredictionString': box 1 has width -5 and height 10; both"
                                + " must be positive",
                        "line 5: value '0.9 0 0 10 NaN' in column 'PredictionString': 'NaN' is not a finite number");
    }

    @Test
    void aMalformedTrueBoxIsTheHostsErrorNamingTheSolutionRow() {
        Scorer scorer = new Scorer(Metrics.create("object_detection_map", Map.of()));
        Solution solution = Solution.read(files.write(
                "solution.csv", "image_id,PredictionString,Usage\n" + "a,0 0 10 10,Public\nb,0.9 0 0 10 10,Private\n"));
        assertThatThrownBy(() -> scorer.check(solution))
                .isInstanceOf(ScoringException.class)
                .hasMessage("solution row 2 (id 'b'): column 'PredictionString': 5 numbers is not a whole number of"
                        + " boxes of 4 (x_min y_min width height)");
    }

    private static final String SALT = """
            id,rle_mask,Usage
            s1,1 4,Public
            s2,,Public
            s3,3 2,Private
            s4,,Private
            s5,7 3,Ignored
            """;
    private static final Map<String, String> THREE_BY_THREE = Map.of("height", "3", "width", "3");

    @Test
    void saltScoresEmptyMasksAndRunsAcrossColumns() {
        // public: s1 IoU 3/4 -> 5/10, s2 empty/empty -> 1; private: s3 same pixels -> 1, s4 false alarm -> 0
        Score score = score("rle_mask_iou_map", THREE_BY_THREE, SALT, """
                id,rle_mask
                s4,9 1
                s3,3 1 4 1
                s5,
                s2,
                s1,1 3
                """);
        assertThat(score.publicScore()).isEqualTo(0.75);
        assertThat(score.privateScore()).isEqualTo(0.5);
    }

    @Test
    void malformedRunLengthsAreRefusedWithLineColumnAndValue() {
        assertThat(problems("rle_mask_iou_map", THREE_BY_THREE, SALT, """
                id,rle_mask
                s1,1 2 3
                s2,0 2
                s3,5 1 2 1
                s4,1 3 2 2
                s5,8 3
                """))
                .containsExactly(
                        "line 2: value '1 2 3' in column 'rle_mask': odd count of numbers (3); runs are pairs 'start length'",
                        "line 3: value '0 2' in column 'rle_mask': '0' must be at least 1",
                        "line 4: value '5 1 2 1' in column 'rle_mask': run '2 1' starts out of order (after a run at 5)",
                        "line 5: value '1 3 2 2' in column 'rle_mask': run '2 2' overlaps the previous run (pixels 1 to 3)",
                        "line 6: value '8 3' in column 'rle_mask': run '8 3' ends at pixel 10, past the last pixel 9");
    }

    private static final String TRENDS = """
            Id,Predicted,Usage
            1_age,10,Public
            1_domain1_var1,50,Public
            2_age,20,Public
            2_domain1_var1,30,Public
            3_age,40,Private
            3_domain1_var1,60,Ignored
            """;

    @Test
    void trendsWeighsEachTargetsNormalizedAbsoluteError() {
        // public: age |10-12| + |20-17| = 5 over 30 -> 0.3 * 1/6; domain1_var1 10 over 80 -> 0.7 * 1/8
        // private: age |40-30| over 40 -> 0.3 * 1/4 (the Ignored row counts nowhere)
        Score score = score("weighted_nae", Map.of("weights", WEIGHTS), TRENDS, """
                Predicted,Id
                30,3_age
                12,1_age
                17,2_age
                30.0,2_domain1_var1
                40,1_domain1_var1
                1e9,3_domain1_var1
                """);
        assertThat(score.publicScore()).isCloseTo(0.3 / 6 + 0.7 / 8, within(1e-15));
        assertThat(score.privateScore()).isCloseTo(0.3 / 4, within(1e-15));
        assertThat(score.higherIsBetter()).isFalse();
    }

    @Test
    void trendsPredictionsMustBeNumbersAndAnEmptyOneIsRefused() {
        assertThat(problems("weighted_nae", Map.of("weights", WEIGHTS), TRENDS, """
                Id,Predicted
                1_age,
                1_domain1_var1,fifty
                2_age,20
                2_domain1_var1,30
                3_age,40
                3_domain1_var1,60
                """))
                .containsExactly(
                        "line 2: empty value in column 'Predicted'",
                        "line 3: value 'fifty' in column 'Predicted' is not a number");
    }

    @Test
    void trendsSolutionsNeedWeightedTargetsAndPositiveTruth() {
        Scorer scorer = new Scorer(Metrics.create("weighted_nae", Map.of("weights", WEIGHTS)));
        assertThatThrownBy(() -> scorer.check(Solution.read(
                        files.write("s1.csv", "Id,Predicted,Usage\n1_age,10,Public\n1_domain2_var1,5,Private\n"))))
                .hasMessage("solution row 2 (id '1_domain2_var1'): target 'domain2_var1' has no weight (weights: age,"
                        + " domain1_var1)");
        assertThatThrownBy(() ->
                        scorer.check(Solution.read(files.write("s2.csv", "Id,Predicted,Usage\n1age,10,Public\n"))))
                .hasMessageContaining("solution row 1 (id '1age'): the id has no '_'");
        assertThatThrownBy(() ->
                        scorer.check(Solution.read(files.write("s3.csv", "Id,Predicted,Usage\n1_age,0,Public\n"))))
                .hasMessageContaining(
                        "solution row 1 (id '1_age'): true value 0.0 in column 'Predicted' must be positive");
    }

    @Test
    void otherMetricsStillRefuseEmptyValues() {
        String solution = "id,y,Usage\na,1,Public\nb,0,Private\n";
        for (String metric : List.of("rmse", "accuracy", "auc")) {
            assertThat(problems(metric, Map.of(), solution, "id,y\na,\nb,0\n"))
                    .as(metric)
                    .containsExactly("line 2: empty value in column 'y'");
        }
    }
}
