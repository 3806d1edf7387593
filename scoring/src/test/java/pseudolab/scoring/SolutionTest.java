package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading solution files: the Kaggle layout and the host's mistakes. */
class SolutionTest {
    @TempDir
    Path dir;

    private Solution read(String content) {
        return Solution.read(new SubmissionFiles(dir).write("solution.csv", content));
    }

    @Test
    void readsTheIdColumnTargetsAndUsageOfEachRow() {
        Solution solution = read("id,a,b,Usage\nr1,1,2,Public\nr2,3,4,private\nr3,5,6,Ignored\n");

        assertThat(solution.idColumn()).isEqualTo("id");
        assertThat(solution.targetColumns()).containsExactly("a", "b");
        assertThat(solution.size()).isEqualTo(3);
        assertThat(solution.id(1)).isEqualTo("r2");
        assertThat(solution.usage(1)).isEqualTo(Usage.PRIVATE);
        assertThat(solution.count(Usage.PUBLIC)).isEqualTo(1);
        assertThat(solution.count(Usage.IGNORED)).isEqualTo(1);
    }

    @Test
    void eachTargetCellIsReadAsTheFileHoldsItAndAnUnknownColumnIsNamed() {
        Solution solution = read("id,label,score,Usage\nr1,cat,1.50,Public\nr2,\"big, dog\",2,Ignored\n");

        assertThat(solution.target(0, "label")).isEqualTo("cat");
        assertThat(solution.target(0, "score")).isEqualTo("1.50");
        assertThat(solution.target(1, "label")).isEqualTo("big, dog");
        assertThatThrownBy(() -> solution.target(0, "Label"))
                .isInstanceOf(ScoringException.class)
                .hasMessage("the solution has no column 'Label' (columns: label, score)");
    }

    @Test
    void usageMayStandBeforeTheTargets() {
        assertThat(read("id,Usage,a\nr1,Public,1\n").targetColumns()).containsExactly("a");
    }

    @Test
    void hostMistakesAreNamed() {
        assertThatThrownBy(() -> read("id,a\nr1,1\n")).hasMessageContaining("has no Usage column (header: id, a)");
        assertThatThrownBy(() -> read("id,a,Usage\nr1,1,Publik\n"))
                .hasMessageContaining("line 2: Usage 'Publik' is not Public, Private or Ignored");
        assertThatThrownBy(() -> read("id,a,Usage\nr1,1,Public\nr1,2,Private\n"))
                .hasMessageContaining("duplicate id 'r1'");
        assertThatThrownBy(() -> read("id,a,Usage\n7,1,Public\n7,2,Private\n"))
                .hasMessageContaining("duplicate id '7'");
        assertThatThrownBy(() -> read("id,a,Usage\nr1,1\n")).hasMessageContaining("line 2: found 2 fields, expected 3");
        assertThatThrownBy(() -> read("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read("id,a,Usage\n")).hasMessageContaining("has a header but no rows");
        assertThatThrownBy(() -> Solution.read(dir.resolve("missing.csv")))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("cannot read solution")
                .hasMessageContaining("no such file");
    }

    @Test
    void aTextColumnCannotBeScoredWithANumericMetric() {
        Solution solution = read("id,a,Usage\nr1,cat,Public\n");
        assertThatThrownBy(() -> new Scorer(Metrics.create("rmse", Map.of()))
                        .score(solution, new SubmissionFiles(dir).write("sub.csv", "id,a\nr1,1\n")))
                .isExactlyInstanceOf(ScoringException.class)
                .hasMessageContaining("column 'a' is not numeric");
    }

    @Test
    void integerIdsMatchOnlyTheirExactText() {
        Solution solution = read("id,a,Usage\n7,1,Public\n8,1,Private\n");
        List<Problem> problems = SubmissionFormatTest.problemsOf(() -> new Scorer(Metrics.create("mae", Map.of()))
                .score(solution, new SubmissionFiles(dir).write("sub.csv", "id,a\n07,1\n8.0,1\n7,1\n8,1\n")));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("line 2: unknown id '07'", "line 3: unknown id '8.0'");
    }
}
