package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No problem message depends on the hidden solution's row order (which may group rows by Usage). */
class SolutionOrderSecrecyTest {
    /** Private rows first, in a scrambled id order: a message in this order would tell Private from Public. */
    private static final List<Integer> SOLUTION_ORDER = List.of(
            17, 3, 29, 8, 11, 25, 1, 20, 14, 6, 27, 9, 22, 4, 30, 12, 19, 2, 24, 15, 7, 28, 10, 21, 5, 16, 26, 13, 23,
            18);

    @TempDir
    Path dir;

    private Path solution() {
        String rows = IntStream.range(0, SOLUTION_ORDER.size())
                .mapToObj(i -> SOLUTION_ORDER.get(i) + ",1," + (i < 15 ? "Private" : "Public"))
                .collect(Collectors.joining("\n"));
        return new SubmissionFiles(dir).write("solution.csv", "id,p,Usage\n" + rows + "\n");
    }

    private Path submission(String content) {
        return new SubmissionFiles(dir).write("sub.csv", content);
    }

    private static List<String> problems(Solution solution, Path submission, String metric) {
        try {
            new Scorer(Metrics.create(metric, Map.of())).score(solution, submission);
        } catch (InvalidSubmissionException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the submission was accepted");
    }

    @Test
    void missingIdsAreNamedInIdOrderWithoutASampleSubmission() {
        List<String> problems = problems(Solution.read(solution()), submission("id,p\n30,1\n"), "rmse");

        assertThat(problems).contains("missing 29 ids, e.g. '1', '2', '3'");
    }

    @Test
    void missingIdsAreNamedInTheOrderOfSampleSubmission() {
        String sample = "id,p\n"
                + IntStream.rangeClosed(1, 30)
                        .map(i -> 31 - i)
                        .mapToObj(i -> i + ",0")
                        .collect(Collectors.joining("\n"))
                + "\n";
        Solution solution = Solution.read(solution())
                .reportingInOrderOf(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));

        List<String> problems = problems(solution, submission("id,p\n30,1\n"), "rmse");

        assertThat(problems).contains("missing 29 ids, e.g. '29', '28', '27'");
    }

    @Test
    void rowProblemsAreReportedInTheSubmissionsOrderNotTheSolutions() {
        String rows = IntStream.rangeClosed(1, 30).mapToObj(i -> i + ",2").collect(Collectors.joining("\n"));

        List<String> problems = problems(Solution.read(solution()), submission("id,p\n" + rows + "\n"), "logloss");

        List<String> expected = IntStream.rangeClosed(2, 21)
                .mapToObj(line -> "line " + line + ": the probability 2.0 in column 'p' is above 1")
                .toList();
        assertThat(problems.subList(0, 20)).containsExactlyElementsOf(expected);
    }
}
