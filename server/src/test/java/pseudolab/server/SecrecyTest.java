package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Before close, every endpoint and error path is fetched as participants and strangers; no response may
 * contain a private score or a solution value (the labels only the solution holds), and the solution file
 * cannot be reached through static files, path tricks or the API.
 */
class SecrecyTest {
    private static final List<String> TRICKS = List.of(
            "/competitions/zoo/solution.csv",
            "/../competitions/zoo/solution.csv",
            "/%2e%2e/competitions/zoo/solution.csv",
            "/%2E%2E/%2E%2E/competitions/zoo/solution.csv",
            "/api/competitions/zoo/files/solution.csv",
            "/api/competitions/zoo/files/..%2fsolution.csv",
            "/api/competitions/zoo/files/%2e%2e%2fsolution.csv",
            "/api/competitions/zoo/files/..%2F..%2Fzoo%2Fsolution.csv",
            "/api/competitions/zoo/files/../solution.csv",
            "/api/competitions/zoo/files/%2e%2e/solution.csv",
            "/api/competitions/zoo/files/public%2f..%2fsolution.csv",
            "/api/competitions/zoo%2fsolution.csv",
            "/api/competitions/zoo/files/train.csv/../../solution.csv",
            "/webjars/../competitions/zoo/solution.csv",
            "/webjars/%2e%2e/%2e%2e/competitions/zoo/solution.csv",
            "/competitions/zoo/..%2fsolution.csv",
            "/competitions/zoo/%2e%2e%2f%2e%2e%2fcompetitions%2fzoo%2fsolution.csv",
            "/web/../competitions/zoo/solution.csv",
            "/solution.csv",
            "/pseudolab.db",
            "/..%2fpseudolab.db",
            "/..;/competitions/zoo/solution.csv",
            "/%252e%252e/competitions/zoo/solution.csv",
            "/competitions%5c..%5czoo%5csolution.csv");

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void noResponseBeforeCloseContainsAPrivateScoreOrASolutionValue() {
        TestServer.run(TestServer.config(home, clock).withMaxUploadBytes(4000), api -> {
            api.createZoo("zoo", null, 3, 1);
            String ada = api.register("ada");
            String bob = api.register("bob");
            long a1 = api.submitOk(ada, "zoo", Zoo.submission(6, 4), "none", "none");
            long a2 = api.submitOk(ada, "zoo", Zoo.submission(5, 5), "self-training (k=2)", "self-training");
            api.submitOk(bob, "zoo", Zoo.submission(3, 3), "pretraining", "pretraining");
            api.submitOk(bob, "zoo", Zoo.submission(4, 2), "majority baseline", "majority");
            String z = "/api/competitions/zoo";

            for (String token : new String[] {null, ada, bob, "forged-token"}) {
                api.get("/api/competitions", token);
                api.get(z, token);
                api.get(z + "/files/train.csv", token);
                api.get(z + "/files/sample_submission.csv", token);
                api.get(z + "/files/solution.csv", token);
                api.get(z + "/leaderboard", token);
                api.get(z + "/leaderboard?board=public", token);
                api.get(z + "/leaderboard?board=private", token);
                api.get(z + "/leaderboard?board=../solution", token);
                api.get(z + "/leaderboard.csv", token);
                api.get(z + "/leaderboard.csv?board=private", token);
                api.get(z + "/shakeup", token);
                api.get(z + "/comparison", token);
                api.get(z + "/submissions", token);
                api.get("/api/competitions/none/leaderboard", token);
                api.put(z + "/submissions/" + a1 + "/selected", "true", token);
                api.put(z + "/submissions/" + a2 + "/selected", "true", token);
                api.put(z + "/submissions/" + a2 + "/selected", "perhaps", token);
                api.submit(token, "zoo", Zoo.submission(8, 7).replace("\n2,", "\n999999,"), "typo");
                api.submit(token, "zoo", Zoo.submission(8, 7).replace("id,animal", "id,animl"), "header typo");
                api.submit(token, "zoo", Zoo.submission(8, 7).replace("\n16,", "\n"), "missing row");
                api.submit(token, "zoo", "x".repeat(5000), "too large");
                api.submit(token, "zoo", Zoo.submission(7, 6), "pretraining again");
                api.postJson("/api/participants", "{\"name\": \"ada\"}", token);
                api.post(z + "/close", token);
                api.get("/", token);
                api.get("/competitions/zoo", token);
                api.get("/index.html", token);
            }
            List<String> everything = new ArrayList<>(api.bodies());
            for (String trick : TRICKS) {
                String response = RawHttp.get(api.origin(), trick);
                assertThat(RawHttp.status(response)).as(trick).isNotEqualTo(200);
                everything.add(response);
            }
            assertThat(everything).hasSizeGreaterThan(100);
            // the scan covers the bootstrap figures: gain intervals, rank ranges and tie groups were answered
            assertThat(everything).anyMatch(b -> b.contains("\"publicGainInterval\"") && b.contains("\"verdict\""));
            assertThat(everything).anyMatch(b -> b.contains("\"rankLow\"") && b.contains("\"tieGroup\""));
            assertThat(everything).noneMatch(b -> b.contains("privateGainInterval"));
            for (String body : everything) {
                for (String label : Zoo.LABELS) {
                    assertThat(body).doesNotContain(label);
                }
                for (String score : Zoo.privateScoreTexts()) {
                    assertThat(body).doesNotContain(score);
                }
                assertThat(body).doesNotContain("id,animal,Usage");
            }
            assertThat(Files.readString(home.resolve("competitions/zoo/solution.csv")))
                    .contains("okapi");
            // the check can see a leak: the host may read the private board early, and it holds these scores
            String hostView =
                    api.get(z + "/leaderboard?board=private", Api.ADMIN).body().string();
            assertThat(Zoo.privateScoreTexts()).anyMatch(hostView::contains);
        });
    }

    /**
     * Scoring failures other than an invalid submission come from the solution or the metric (here: rmse on
     * the text labels; auc where the Public rows hold one class), so their messages describe the solution.
     * Creation refuses such a competition now, so the stored solution is swapped on disk after creation (the
     * scorer reads it at the first submission) to reach the path that remains as a second line of defence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"rmse, zebra", "auc, 1"})
    void aSubmissionThatCannotBeScoredGetsAGenericAnswerThatDescribesNothingOfTheSolution(
            String metric, String publicLabel) {
        TestServer.run(TestServer.config(home, clock), api -> {
            StringBuilder solution = new StringBuilder("id,animal,Usage\n");
            StringBuilder scorable = new StringBuilder("id,animal,Usage\n");
            for (int id = 1; id <= 16; id++) {
                String usage = id <= Zoo.PUBLIC_ROWS
                        ? "Public"
                        : id <= Zoo.PUBLIC_ROWS + Zoo.PRIVATE_ROWS ? "Private" : "Ignored";
                solution.append(id)
                        .append(',')
                        .append(usage.equals("Public") ? publicLabel : id % 2)
                        .append(',')
                        .append(usage)
                        .append('\n');
                scorable.append(id)
                        .append(',')
                        .append(id % 2)
                        .append(',')
                        .append(usage)
                        .append('\n');
            }
            MultipartBody definition = new MultipartBody()
                    .file(
                            "definition",
                            "competition.json",
                            Zoo.definition("odd", null, 5, 1).replace("accuracy", metric))
                    .file("solution", "solution.csv", scorable.toString());
            assertThat(api.postMultipart("/api/competitions", definition, Api.ADMIN)
                            .code())
                    .isEqualTo(201);
            Files.writeString(home.resolve("competitions/odd/solution.csv"), solution);
            String ada = api.register("ada");
            String numbers = Zoo.sampleSubmission().replace(",unknown", ",0.5");

            var r = api.submit(ada, "odd", numbers, "probabilities");

            assertThat(r.code()).isEqualTo(422);
            assertThat(Api.json(r).get("error").asText()).startsWith("the submission could not be scored");
            assertThat(Api.json(r).has("problems")).isFalse();
            assertThat(r.body().string())
                    .doesNotContain(publicLabel)
                    .doesNotContain("numeric")
                    .doesNotContain("class");
            assertThat(Api.json(api.get("/api/competitions/odd/submissions", ada)))
                    .isEmpty();
        });
    }
}
