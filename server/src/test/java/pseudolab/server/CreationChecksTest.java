package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a competition must pass at creation: a metric that can score its solution, a future deadline. */
class CreationChecksTest {
    private static final String TEN_CLASSES = "id,label,Usage\n" + "1,0,Public\n2,1,Public\n3,2,Public\n4,3,Public\n"
            + "5,4,Public\n6,5,Private\n7,6,Private\n8,7,Private\n9,8,Private\n10,9,Private\n";
    private static final String TEXT_LABELS =
            "id,label,Usage\n1,cat,Public\n2,dog,Public\n3,cat,Private\n4,dog,Private\n";

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static Response create(Api api, String definition, String solution) {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", definition)
                .file("solution", "solution.csv", solution);
        return api.postMultipart("/api/competitions", body, Api.ADMIN);
    }

    private static String definition(String slug, String metric, String params) {
        return "{\"slug\": \"" + slug + "\", \"title\": \"T\", \"metric\": \"" + metric + "\", \"metricParams\": "
                + params + "}";
    }

    @ParameterizedTest(name = "{0} with {1} is refused: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "accuracy | {\"columns\": \"nope\"} | TEN  | column 'nope'",
                "auc      | {}                      | TEN  | 0/1 truth values",
                "logloss  | {}                      | TEXT | not numeric",
            })
    void aMetricThatCannotScoreTheSolutionIsRefusedAtCreationWithTheReason(
            String metric, String params, String solution, String reason) {
        TestServer.run(TestServer.config(home, clock), api -> {
            Response r =
                    create(api, definition("bad", metric, params), solution.equals("TEN") ? TEN_CLASSES : TEXT_LABELS);

            assertThat(r.code()).isEqualTo(400);
            assertThat(Api.json(r).get("error").asText())
                    .startsWith("competition.json: metric '" + metric + "'")
                    .contains(reason);
            assertThat(api.get("/api/competitions/bad").code()).isEqualTo(404);
            assertThat(create(api, definition("bad", "accuracy", "{}"), TEN_CLASSES)
                            .code())
                    .isEqualTo(201);
        });
    }

    @Test
    void aDeadlineInThePastIsRefusedAtCreation() {
        TestServer.run(TestServer.config(home, clock), api -> {
            Response r = api.createZoo("late", TestServer.START.minus(Duration.ofMinutes(1)), 5, 1);

            assertThat(r.code()).isEqualTo(400);
            assertThat(Api.json(r).get("error").asText()).contains("deadline").contains("has passed");
            assertThat(api.createZoo("late", TestServer.START.plus(Duration.ofMinutes(1)), 5, 1)
                            .code())
                    .isEqualTo(201);
        });
    }
}
