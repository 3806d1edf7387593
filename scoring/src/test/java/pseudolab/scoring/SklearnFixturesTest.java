package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the shipped fixtures (random cases written by scoring/src/test/python/generate_fixtures.py) and
 * compares with the pandas + scikit-learn 1.2 scores stored beside them.
 */
class SklearnFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/sklearn");

    static Stream<Arguments> cases() throws IOException {
        JsonNode cases;
        try (InputStream in = SklearnFixturesTest.class.getResourceAsStream("/sklearn/cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        List<Arguments> arguments = new ArrayList<>();
        for (JsonNode c : cases) {
            List<String> columns = new ArrayList<>();
            c.get("columns").forEach(n -> columns.add(n.asText()));
            arguments.add(Arguments.of(
                    c.get("name").asText(),
                    c.get("metric").asText(),
                    columns,
                    c.get("public").asDouble(),
                    c.get("private").asDouble()));
        }
        assertThat(arguments).hasSizeGreaterThanOrEqualTo(40);
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAgreeWithScikitLearnToOneInABillion(
            String name, String metric, List<String> columns, double expectedPublic, double expectedPrivate) {
        Map<String, String> params = columns.isEmpty() ? Map.of() : Map.of("columns", String.join(",", columns));
        Solution solution = Solution.read(ROOT.resolve(name).resolve("solution.csv"));
        Score score = new Scorer(Metrics.create(metric, params))
                .score(solution, ROOT.resolve(name).resolve("submission.csv"));

        assertThat(score.publicScore()).isCloseTo(expectedPublic, Tolerance.relative(expectedPublic));
        assertThat(score.privateScore()).isCloseTo(expectedPrivate, Tolerance.relative(expectedPrivate));
        assertThat(score.rows()).isEqualTo(solution.size());
    }
}
