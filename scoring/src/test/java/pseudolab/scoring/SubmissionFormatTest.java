package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a submission against sample_submission.csv alone, as the harness does with its outputs. */
class SubmissionFormatTest {
    @TempDir
    Path dir;

    private SubmissionFiles files;
    private SubmissionFormat format;

    static List<Problem> problemsOf(Runnable scoring) {
        InvalidSubmissionException e = catchThrowableOfType(InvalidSubmissionException.class, scoring::run);
        assertThat(e).isNotNull();
        return e.problems();
    }

    @BeforeEach
    void readSample() {
        files = new SubmissionFiles(dir);
        format = SubmissionFormat.fromSample(files.write(
                "sample_submission.csv", "id,Class_1,Class_2,comment\n10,0.5,0.5,x\n11,0.5,0.5,x\n12,0.5,0.5,\n"));
    }

    @Test
    void describesTheExpectedHeaderAndIds() {
        assertThat(format.idColumn()).isEqualTo("id");
        assertThat(format.columns()).containsExactly("Class_1", "Class_2", "comment");
        assertThat(format.size()).isEqualTo(3);
    }

    @Test
    void acceptsAWellFormedSubmissionInAnyOrder() {
        assertThat(format.validate(
                        files.write("ok.csv", "comment,Class_2,id,Class_1\n,0.1,12,0.9\nhi,1,10,0\n,0,11,1\n")))
                .isEmpty();
    }

    @Test
    void reportsHeaderIdAndValueProblemsLikeTheScorer() {
        assertThat(format.validate(files.write("bad-header.csv", "id,Class_1,Class2,comment\n10,1,1,x\n")))
                .extracting(Problem::toString)
                .containsExactly(
                        "column 'Class2' is not in sample_submission (expected id, Class_1, Class_2, comment)",
                        "missing column 'Class_2' (expected id, Class_1, Class_2, comment)");
        assertThat(format.validate(files.write(
                        "bad-rows.csv", "id,Class_1,Class_2,comment\n10,1,x,\n10,1,1,\n13,1,1,\n12,NaN,0,\n")))
                .extracting(Problem::toString)
                .containsExactly(
                        "line 2: value 'x' in column 'Class_2' is not a number",
                        "line 3: duplicate id '10' (first on line 2)",
                        "line 4: unknown id '13'",
                        "line 5: value 'NaN' in column 'Class_1' is not a finite number",
                        "missing 1 id, e.g. '11'");
    }

    @Test
    void aBrokenSampleIsTheHostsError() {
        assertThatThrownBy(() -> SubmissionFormat.fromSample(files.write("s.csv", "id\n1\n")))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("at least one target column");
        assertThatThrownBy(() -> SubmissionFormat.fromSample(files.write("s.csv", "id,a\n1,0\n1,0\n")))
                .hasMessageContaining("duplicate id '1'");
    }
}
