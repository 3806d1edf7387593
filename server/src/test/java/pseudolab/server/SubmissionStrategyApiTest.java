package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form field {@code strategy}: validated on upload, stored with the submission, answered as {@code strategy},
 * and the only thing the strategy comparison groups by (never the description).
 */
class SubmissionStrategyApiTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static Map<String, JsonNode> comparisonRows(JsonNode comparison) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        comparison.get("rows").forEach(r -> rows.put(r.get("strategy").asText(), r));
        return rows;
    }

    @Test
    void theComparisonGroupsByTheStrategyFieldAndNeverByTheDescription() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 10, 2);
            String ada = api.register("ada");
            String bob = api.register("bob");
            String cy = api.register("cy");
            api.submitOk(ada, "zoo", Zoo.submission(4, 4), "none mlp", "none");
            api.submitOk(ada, "zoo", Zoo.submission(6, 4), "self-training mlp rounds=2", "self-training");
            api.submitOk(bob, "zoo", Zoo.submission(7, 4), "self-training teacher, then pretraining", "pretraining");
            api.submitOk(cy, "zoo", Zoo.submission(8, 4), "self-training by hand", null);
            api.submitOk(cy, "zoo", Zoo.submission(5, 4), "none of the above", null);

            JsonNode comparison = Api.json(api.get("/api/competitions/zoo/comparison"));
            Map<String, JsonNode> rows = comparisonRows(comparison);

            assertThat(rows.keySet()).containsExactlyInAnyOrder("none", "self-training", "pretraining");
            assertThat(rows.get("self-training").get("submissions").asInt()).isEqualTo(1);
            assertThat(rows.get("self-training").get("publicMean").asDouble()).isEqualTo(Zoo.publicScore(6));
            assertThat(rows.get("pretraining").get("submissions").asInt()).isEqualTo(1);
            assertThat(rows.get("none").get("submissions").asInt())
                    .as("'none of the above' declares no strategy")
                    .isEqualTo(1);
            assertThat(comparison.get("withoutStrategy").asInt()).isEqualTo(2);
        });
    }

    @Test
    void theStrategyIsStoredAndAnsweredOnUploadAndInTheOwnListAndNullWhenNoneIsGiven() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 10, 2);
            String ada = api.register("ada");
            JsonNode named = Api.json(api.submit(ada, "zoo", Zoo.submission(6, 4), "round 2", " none:weak "));
            JsonNode unnamed = Api.json(api.submit(ada, "zoo", Zoo.submission(5, 4), "self-training by hand"));

            assertThat(named.get("strategy").asText()).isEqualTo("none:weak");
            assertThat(named.get("description").asText()).isEqualTo("round 2");
            assertThat(unnamed.has("strategy")).isTrue();
            assertThat(unnamed.get("strategy").isNull()).isTrue();
            JsonNode own = Api.json(api.get("/api/competitions/zoo/submissions", ada));
            assertThat(own.findValuesAsText("strategy")).containsExactly("none:weak", "null");
            assertThat(own.get(1).get("strategy").isNull()).isTrue();
        });
    }

    @Test
    void aMalformedStrategyIsA400NamingItAndNothingIsStoredOrCounted() throws Exception {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 1, 1);
            String ada = api.register("ada");
            for (String bad : new String[] {"self training", "pretraining;drop", "x".repeat(65), "naïve"}) {
                var r = api.submit(ada, "zoo", Zoo.submission(6, 4), "bad strategy", bad);
                assertThat(r.code()).as(bad).isEqualTo(400);
                assertThat(Api.json(r).get("error").asText())
                        .as(bad)
                        .startsWith("strategy '" + (bad.length() > 64 ? "x".repeat(64) + "..." : bad) + "'")
                        .contains("letters, digits, '-' and ':'");
            }
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .isEmpty();
            Path stored = home.resolve("competitions/zoo/submissions");
            if (Files.isDirectory(stored)) { // refused before any file is written
                try (Stream<Path> files = Files.list(stored)) {
                    assertThat(files).isEmpty();
                }
            }
            assertThat(api.submit(ada, "zoo", Zoo.submission(6, 4), "fixed", "self-training")
                            .code())
                    .as("the refusals did not count against the daily limit of 1")
                    .isEqualTo(201);
        });
    }
}
