package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring valid submissions: the public/private split, Ignored rows and the tolerated file variations. */
class ScorerTest {
    private static final String SOLUTION = """
            ImageId,Label,Usage
            1,3,Public
            2,5,Public
            3,7,Private
            4,1,Private
            5,2,Private
            6,9,Ignored
            """;

    @TempDir
    Path dir;

    private SubmissionFiles files;
    private Solution solution;

    @BeforeEach
    void writeSolution() {
        files = new SubmissionFiles(dir);
        solution = Solution.read(files.write("solution.csv", SOLUTION));
    }

    private Score accuracy(String submission) {
        return new Scorer(Metrics.create("accuracy", Map.of())).score(solution, files.write("sub.csv", submission));
    }

    @Test
    void scoresPublicAndPrivateRowsSeparatelyAndIgnoredRowsInNeither() {
        Score score = accuracy("ImageId,Label\n1,3\n2,0\n3,7\n4,1\n5,0\n6,0\n");

        assertThat(score.publicScore()).isEqualTo(0.5);
        assertThat(score.privateScore()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(score.rows()).isEqualTo(6);
        assertThat(score.metric()).isEqualTo("accuracy");
        assertThat(score.higherIsBetter()).isTrue();
    }

    @Test
    void acceptsAnyColumnOrderRowOrderByteOrderMarkCrlfAndQuotedFields() {
        String submission = "\uFEFFLabel,\"ImageId\"\r\n9,6\r\n\"2\",5\r\n1,4\r\n7,3\r\n5,2\r\n\"3\",\"1\"\r\n";

        Score score = accuracy(submission);

        assertThat(score.publicScore()).isEqualTo(1.0);
        assertThat(score.privateScore()).isEqualTo(1.0);
    }

    @Test
    void numericLabelsMatchByValueSoOnePointZeroIsOne() {
        assertThat(accuracy("ImageId,Label\n1,3.0\n2,5e0\n3,7\n4,1\n5,2\n6,9\n").publicScore())
                .isEqualTo(1.0);
    }

    @Test
    void aSolutionWithoutPrivateRowsGivesNoPrivateScore() {
        Solution publicOnly = Solution.read(files.write("public.csv", "id,v,Usage\na,1,Public\nb,2,Public\n"));
        Score score = new Scorer(Metrics.create("mae", Map.of()))
                .score(publicOnly, new ByteArrayInputStream("id,v\nb,2\na,2\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(score.publicScore()).isEqualTo(0.5);
        assertThat(score.privateScore()).isNaN();
    }

    @Test
    void stringIdsAndQuotedFieldsWithCommasAndNewlinesAreRead() {
        Solution text = Solution.read(files.write(
                "text.csv", "textID,selected_text,Usage\nab-1,\"hello, world\",Public\ncd-2,\"two\nlines\",Private\n"));
        Score score = new Scorer(Metrics.create("jaccard", Map.of()))
                .score(text, files.write("sub.csv", "textID,selected_text\ncd-2,\"Lines\"\nab-1,\"HELLO, world\"\n"));

        assertThat(score.publicScore()).isEqualTo(1.0);
        assertThat(score.privateScore()).isEqualTo(0.5);
    }

    @Test
    void aMetricOutsideTheBuiltInsIsFedRowsOfText() {
        Metric lengthMatch = new Metric() {
            @Override
            public String name() {
                return "same_length";
            }

            @Override
            public boolean higherIsBetter() {
                return true;
            }

            @Override
            public double evaluate(
                    java.util.List<String> columns,
                    java.util.List<String[]> truth,
                    java.util.List<String[]> predicted) {
                int same = 0;
                for (int i = 0; i < truth.size(); i++) {
                    same += truth.get(i)[0].length() == predicted.get(i)[0].length() ? 1 : 0;
                }
                return (double) same / truth.size();
            }
        };
        Score score = new Scorer(lengthMatch)
                .score(solution, files.write("sub.csv", "ImageId,Label\n1,33\n2,5\n3,7\n4,1\n5,2\n6,9\n"));

        assertThat(score.publicScore()).isEqualTo(0.5);
        assertThat(score.privateScore()).isEqualTo(1.0);
    }
}
