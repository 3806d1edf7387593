package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of malformed submission is refused with messages that name the line, id, column and value. */
class SubmissionProblemsTest {
    @TempDir
    Path dir;

    private SubmissionFiles files;
    private Solution labels;
    private Solution numbers;

    @BeforeEach
    void writeSolutions() {
        files = new SubmissionFiles(dir);
        labels = Solution.read(files.write("labels.csv", """
                ImageId,Label,Usage
                1,3,Public
                2,5,Public
                3,7,Private
                4,1,Private
                5,2,Ignored
                """));
        numbers = Solution.read(files.write("numbers.csv", """
                id,a,b,Usage
                x1,0,1,Public
                x2,1,0,Private
                x3,1,1,Private
                """));
    }

    private List<String> problems(Solution solution, String metric, String submission) {
        return problems(solution, metric, submission.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(Solution solution, String metric, byte[] submission) {
        Path file = files.writeBytes("submission.csv", submission);
        InvalidSubmissionException e = catchThrowableOfType(
                InvalidSubmissionException.class,
                () -> new Scorer(Metrics.create(metric, Map.of())).score(solution, file));
        assertThat(e).as("submission should be refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0).toString());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void anUnknownIdIsNamedWithItsLine() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,3\n2,5\n999999,1\n3,7\n4,1\n5,2\n"))
                .containsExactly("line 4: unknown id '999999'");
    }

    @Test
    void missingIdsAreCountedWithExamplesIncludingIgnoredRows() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,3\n2,5\n3,7\n4,1\n"))
                .containsExactly("missing 1 id, e.g. '5'");
        assertThat(problems(labels, "accuracy", "ImageId,Label\n5,3\n"))
                .containsExactly("missing 4 ids, e.g. '1', '2', '3'");
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,3\n2,5\n3,7\n2,1\n4,1\n5,2\n"))
                .containsExactly("line 5: duplicate id '2' (first on line 3)");
    }

    @Test
    void aMisspelledColumnIsNamedWithTheExpectedHeader() {
        assertThat(problems(labels, "accuracy", "ImageId,Lable\n1,3\n"))
                .containsExactly(
                        "column 'Lable' is not in sample_submission (expected ImageId, Label)",
                        "missing column 'Label' (expected ImageId, Label)");
    }

    @Test
    void extraAndRepeatedColumnsAreRefused() {
        assertThat(problems(labels, "accuracy", "ImageId,Label,Extra\n1,3,0\n"))
                .containsExactly("column 'Extra' is not in sample_submission (expected ImageId, Label)");
        assertThat(problems(labels, "accuracy", "ImageId,Label,Label\n1,3,3\n"))
                .containsExactly("column 'Label' appears more than once in the header");
    }

    @Test
    void emptyValuesAndEmptyIdsAreNamed() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,3\n2,\n,7\n3,7\n4,1\n5,2\n"))
                .containsExactly("line 3: empty value in column 'Label'", "line 4: empty id");
    }

    @Test
    void nonNumericValuesAreNamedWhereNumbersAreNeeded() {
        assertThat(problems(numbers, "rmse", "id,a,b\nx1,0.5,abc\nx2,1,0\nx3,1,1\n"))
                .containsExactly("line 2: value 'abc' in column 'b' is not a number");
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,three\n2,5\n3,7\n4,1\n5,2\n"))
                .containsExactly("line 2: value 'three' in column 'Label' is not a number");
    }

    @Test
    void nanAndInfinityAreRefused() {
        assertThat(problems(numbers, "rmse", "id,a,b\nx1,NaN,1\nx2,inf,0\nx3,1,-Infinity\n"))
                .containsExactly(
                        "line 2: value 'NaN' in column 'a' is not a finite number",
                        "line 3: value 'inf' in column 'a' is not a finite number",
                        "line 4: value '-Infinity' in column 'b' is not a finite number");
    }

    @Test
    void probabilitiesOutsideTheirRangeAreRefused() {
        assertThat(problems(numbers, "mean_columnwise_logloss", "id,a,b\nx1,1.5,0\nx2,0,-0.1\nx3,1,1\n"))
                .containsExactly(
                        "line 2: value '1.5' in column 'a' must be between 0 and 1",
                        "line 3: value '-0.1' in column 'b' must be between 0 and 1");
    }

    @Test
    void multiClassProbabilitiesThatSumToZeroAreRefusedWithTheirLine() {
        assertThat(problems(numbers, "logloss", "id,a,b\nx1,0.5,0.5\nx2,0,0\nx3,1,1\n"))
                .containsExactly("line 3: the probabilities in columns a, b sum to 0");
    }

    @Test
    void raggedRowsAreNamedWithTheirFieldCount() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,3\n2,5,7\n3\n4,1\n5,2\n"))
                .startsWith(
                        "line 3: found 3 fields, expected 2 (ImageId, Label)",
                        "line 4: found 1 fields, expected 2 (ImageId, Label)");
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFileAreRefused() {
        assertThat(problems(labels, "accuracy", ""))
                .containsExactly("the file is empty (expected the header ImageId, Label)");
        assertThat(problems(labels, "accuracy", "\uFEFF\n\n"))
                .containsExactly("the file is empty (expected the header ImageId, Label)");
        assertThat(problems(labels, "accuracy", "ImageId,Label\r\n"))
                .containsExactly("the file has a header but no rows (expected 5 rows, one per id)");
    }

    @Test
    void binaryFilesAndInvalidUtf8AreRefusedAsNotText() {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c};
        assertThat(problems(labels, "accuracy", gzip))
                .containsExactly("the file is not text (binary content at byte 4)");
        byte[] latin1 = "ImageId,Label\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(labels, "accuracy", latin1))
                .containsExactly("line 2: the file is not UTF-8 text (byte 0xE9)");
        byte[] nul = new byte[10_000];
        java.util.Arrays.fill(nul, (byte) 'x');
        System.arraycopy("ImageId,Label\n".getBytes(StandardCharsets.UTF_8), 0, nul, 0, 14);
        nul[9_000] = 0;
        assertThat(problems(labels, "accuracy", nul))
                .containsExactly("line 2: the file is not text (it contains a NUL byte)");
    }

    @Test
    void anUnclosedQuoteTakesTheRestOfTheFileAsOneValueWhichIsShownEscaped() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,\"3\n2,5\n"))
                .containsExactly(
                        "line 2: value '3\\u000a2,5\\u000a' in column 'Label' is not a number",
                        "missing 4 ids, e.g. '2', '3', '4'");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAsMalformed() {
        assertThat(problems(labels, "accuracy", "ImageId,Label\n1,\"3\"x\n2,5\n"))
                .singleElement()
                .asString()
                .contains("malformed CSV");
    }

    @Test
    void linesAreCountedPhysicallyAcrossQuotedLineBreaks() {
        Solution text = Solution.read(files.write("text.csv", "id,t,Usage\na,x,Public\nb,y,Private\n"));
        assertThat(problems(text, "jaccard", "id,t\na,\"one\ntwo\nthree\"\nzz,y\nb,y\n"))
                .containsExactly("line 5: unknown id 'zz'");
    }

    @Test
    void manyProblemsAreCappedWithACountOfTheRest() {
        StringBuilder sb = new StringBuilder("ImageId,Label\n");
        for (int i = 0; i < 50; i++) {
            sb.append(1000 + i).append(",1\n");
        }
        List<String> problems = problems(labels, "accuracy", sb.toString());

        assertThat(problems).hasSize(22);
        assertThat(problems.get(0)).isEqualTo("line 2: unknown id '1000'");
        assertThat(problems.get(19)).isEqualTo("line 21: unknown id '1019'");
        assertThat(problems.get(20)).isEqualTo("... and 30 more problems");
        assertThat(problems.get(21)).isEqualTo("missing 5 ids, e.g. '1', '2', '3'");
    }

    @Test
    void longAndControlCharacterValuesAreShortenedAndEscapedInMessages() {
        String longId = "y".repeat(100);
        assertThat(problems(
                        labels,
                        "accuracy",
                        "ImageId,Label\n" + longId + ",1\n\"a\u0007b\",2\n1,3\n2,5\n3,7\n4,1\n5,2\n"))
                .containsExactly(
                        "line 2: unknown id '" + "y".repeat(40) + "...'",
                        "line 3: unknown id 'a\\u0007bb'".replace("bb", "b"));
    }

    @Test
    void messagesNeverRevealSolutionValues() {
        Solution secret = Solution.read(files.write("secret.csv", """
                id,species,Usage
                p1,zebra-Q7,Public
                p2,okapi-X3,Private
                p3,quagga-M9,Ignored
                """));
        Solution secretNumbers = Solution.read(files.write("secret-numbers.csv", """
                id,price,Usage
                p1,918273.645,Public
                p2,564738.291,Private
                p3,112358.132,Ignored
                """));
        List<String> bad = List.of(
                "",
                "\n",
                "id,species\n",
                "id,spec\np1,a\n",
                "id,species\np1,a\np1,b\n",
                "id,species\np9,a\n",
                "id,species\np1,\n",
                "id,species\np1,a,b\n",
                "id,species\np1,\"a\n",
                "id,species\np1,cat\n");
        List<String> all = new ArrayList<>();
        for (String submission : bad) {
            all.addAll(problems(secret, "accuracy", submission));
            all.addAll(problems(secret, "macro_f1", submission));
            all.addAll(problems(secretNumbers, "rmse", submission.replace("species", "price")));
            all.addAll(problems(
                    secretNumbers,
                    "rmse",
                    submission.replace("species", "price").replace(",a", ",1e999")));
        }
        assertThat(all).hasSizeGreaterThan(40);
        for (String value : List.of("zebra", "okapi", "quagga", "918273", "564738", "112358", "Q7", "X3", "M9")) {
            assertThat(all).allSatisfy(message -> assertThat(message).doesNotContain(value));
        }
    }

    @Test
    void anUnreadableSubmissionIsAnErrorButNotAnInvalidSubmission() {
        assertThatThrownBy(
                        () -> new Scorer(Metrics.create("accuracy", Map.of())).score(labels, dir.resolve("nope.csv")))
                .isExactlyInstanceOf(ScoringException.class)
                .hasMessageContaining("no such file");
    }
}
