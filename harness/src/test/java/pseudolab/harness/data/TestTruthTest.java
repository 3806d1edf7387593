package pseudolab.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.ScoringException;

/** The test rows' truth read from solution.csv through scoring's Solution, for pseudolabel accuracy only. */
class TestTruthTest {
    @TempDir
    Path dir;

    private Competition folder(String train, String test, String sample) throws IOException {
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
        Files.writeString(dir.resolve("sample_submission.csv"), sample);
        return Competition.open(dir);
    }

    private Competition animals() throws IOException {
        return folder("id,a,y\n1,0,cat\n2,1,dog\n3,2,cat\n", "id,a\n7,1\n8,2\n9,3\n", "id,y\n7,cat\n8,cat\n9,cat\n");
    }

    private static Dataset read(Competition competition, String task) {
        return new DatasetReader(Optional.empty(), task).read(competition);
    }

    @Test
    void classTruthIsMatchedToTheTestRowsByIdWhateverTheSolutionsOrderAndUsage() throws IOException {
        Competition c = animals();
        Files.writeString(c.solution(), "id,y,Usage\n9,dog,Ignored\n7,cat,Private\n8,dog,Public\n");

        assertThat(TestTruth.classes(c, read(c, "auto")))
                .hasValueSatisfying(truth -> assertThat(truth).containsExactly(0, 1, 1));
    }

    @Test
    void testRowsTheSolutionLacksHaveNoTruthAndSolutionIdsTestLacksAreSkipped() throws IOException {
        Competition c = animals();
        Files.writeString(c.solution(), "ID,Y,Usage\n 8 ,dog,Public\n42,cat,Private\n");

        assertThat(TestTruth.classes(c, read(c, "auto")))
                .hasValueSatisfying(truth -> assertThat(truth).containsExactly(-1, 1, -1));
    }

    @Test
    void withoutASolutionFileThereIsNoTruth() throws IOException {
        Competition c = animals();

        assertThat(TestTruth.classes(c, read(c, "auto"))).isEmpty();
    }

    @Test
    void aSolutionLabelAbsentFromTrainIsNamedWithItsRowIdColumnAndValue() throws IOException {
        Competition c = animals();
        Files.writeString(c.solution(), "id,y,Usage\n7,cat,Public\n8,q,Public\n");
        Dataset d = read(c, "auto");

        assertThatThrownBy(() -> TestTruth.classes(c, d))
                .isInstanceOf(HarnessException.class)
                .hasMessage(
                        "solution.csv data row 2 (id '8'), column 'y': label 'q' is absent from train.csv (classes cat, dog)");
    }

    @Test
    void aSolutionWithoutTheSubmissionsTargetColumnIsRefusedNamingTheColumns() throws IOException {
        Competition c = animals();
        Files.writeString(c.solution(), "id,species,Usage\n7,cat,Public\n");
        Dataset d = read(c, "auto");

        assertThatThrownBy(() -> TestTruth.classes(c, d))
                .hasMessage("solution.csv needs columns 'id' and 'y', found [id, species]");
    }

    @Test
    void aSolutionScoringCannotReadIsRefusedByScoringsOwnCheck() throws IOException {
        Competition c = animals();
        Files.writeString(c.solution(), "id,y\n7,cat\n");
        Dataset d = read(c, "auto");

        assertThatThrownBy(() -> TestTruth.classes(c, d))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("has no Usage column");
    }

    @Test
    void aProbabilitySubmissionsTruthIsTheClassColumnHoldingTheLargestValue() throws IOException {
        Competition c = folder(
                "id,a,y\n1,0,cat\n2,1,dog\n3,2,eel\n",
                "id,a\n7,1\n8,2\n9,3\n",
                "id,dog,cat,eel\n7,0.3,0.3,0.4\n8,0.3,0.3,0.4\n9,0.3,0.3,0.4\n");
        Files.writeString(c.solution(), "id,Cat,eel,DOG,Usage\n8,0,0,1,Public\n7,1,0,0,Ignored\n9,0,1,0,Private\n");
        Dataset d = read(c, "auto");

        assertThat(d.probabilities()).isTrue();
        assertThat(TestTruth.classes(c, d))
                .hasValueSatisfying(truth -> assertThat(truth).containsExactly(0, 1, 2));
        Files.writeString(c.solution(), "id,cat,dog,eel,Usage\n7,1,0,0,Public\n8,0,yes,0,Public\n");
        assertThatThrownBy(() -> TestTruth.classes(c, d))
                .hasMessage("solution.csv data row 2 (id '8'), column 'dog': not a finite number 'yes'");
        Files.writeString(c.solution(), "id,cat,dog,Usage\n7,1,0,Public\n");
        assertThatThrownBy(() -> TestTruth.classes(c, d))
                .hasMessage("solution.csv needs columns 'id' and 'dog', 'cat', 'eel', found [id, cat, dog]");
    }

    @Test
    void regressionTruthIsReadAsNumbersByIdAndABadValueIsNamed() throws IOException {
        Competition c = folder("id,a,y\n1,0,0.5\n2,1,1.5\n", "id,a\n900,1\n901,2\n", "id,y\n900,0\n901,0\n");
        Files.writeString(c.solution(), "id,y,Usage\n901,2.5,Public\n900,-1,Ignored\n");
        Dataset d = read(c, "regression");

        assertThat(TestTruth.values(c, d))
                .hasValueSatisfying(truth -> assertThat(truth).containsExactly(-1f, 2.5f));
        Files.writeString(c.solution(), "id,y,Usage\n901,2.5,Public\n900,n/a,Private\n");
        assertThatThrownBy(() -> TestTruth.values(c, d))
                .hasMessage("solution.csv data row 2 (id '900'), column 'y': not a finite number 'n/a'");
        Files.delete(c.solution());
        assertThat(TestTruth.values(c, d)).isEmpty();
    }
}
