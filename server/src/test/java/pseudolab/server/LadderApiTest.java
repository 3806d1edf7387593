package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code "publicBoard": "ladder"} on a board where the answer is clear (500 public rows): a 0.01 gain is within the
 * noise of the paired difference (about 0.03) and is not shown, a 0.15 gain is; the host's view and the private board
 * are those of a plain competition with the same submissions.
 */
class LadderApiTest {
    private static final Coins COINS = new Coins(1200, 500, 0);

    @TempDir
    Path home;

    @TempDir
    Path plainHome;

    private static double publicScore(Api api, String token, String participant) {
        for (JsonNode row :
                Api.json(api.get("/api/competitions/coins/leaderboard", token)).get("rows")) {
            if (row.get("participant").asText().equals(participant)) {
                return row.get("score").asDouble();
            }
        }
        throw new AssertionError(participant + " is not on the board");
    }

    private static double submit(Api api, String token, String csv) {
        var r = api.submit(token, "coins", csv, "none");
        assertThat(r.code()).isEqualTo(201);
        return Api.json(r).get("publicScore").asDouble();
    }

    @Test
    void theShownPublicScoreMovesOnlyForAGainBeyondTheNoise() {
        TestServer.run(TestServer.config(home, new MutableClock(TestServer.START)), api -> {
            assertThat(api.postMultipart("/api/competitions", COINS.creation("coins", "ladder"), Api.ADMIN)
                            .code())
                    .isEqualTo(201);
            assertThat(Api.json(api.get("/api/competitions/coins"))
                            .get("publicBoard")
                            .asText())
                    .isEqualTo("ladder");
            String ada = api.register("ada");
            String bob = api.register("bob");

            assertThat(submit(api, ada, COINS.submission(0.70, 0.70, 0))).isEqualTo(0.70);
            assertThat(submit(api, ada, COINS.submission(0.71, 0.70, 100)))
                    .as("0.71, within the noise")
                    .isEqualTo(0.70);
            assertThat(submit(api, ada, COINS.submission(0.702, 0.70, 0)))
                    .as("one more row right")
                    .isEqualTo(0.70);
            assertThat(publicScore(api, bob, "ada")).isEqualTo(0.70);
            assertThat(publicScore(api, null, "ada")).isEqualTo(0.70);
            assertThat(publicScore(api, Api.ADMIN, "ada"))
                    .as("the host sees the true best")
                    .isEqualTo(0.71);
            assertThat(api.get("/api/competitions/coins/leaderboard.csv", bob)
                            .body()
                            .string())
                    .contains(",ada,0.7,");

            assertThat(submit(api, ada, COINS.submission(0.85, 0.70, 0))).isEqualTo(0.85);
            assertThat(publicScore(api, bob, "ada")).isEqualTo(0.85);
            assertThat(Api.json(api.get("/api/competitions/coins/submissions", ada))
                            .findValuesAsText("publicScore"))
                    .containsExactly("0.7", "0.7", "0.7", "0.85");
            assertThat(api.get("/api/competitions/coins/comparison", bob).code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions/coins/comparison", Api.ADMIN).code())
                    .isEqualTo(200);
        });
    }

    @Test
    void theHostsViewAndThePrivateBoardAreThoseOfAPlainCompetition() {
        List<String> ladder = hostAnswers(home, "ladder");
        List<String> plain = hostAnswers(plainHome, "plain");

        assertThat(ladder).isEqualTo(plain);
        assertThat(ladder.get(0)).contains("\"score\":0.71");
    }

    /** The host's public board before close, then the private board and the shake-up after close. */
    private List<String> hostAnswers(Path at, String publicBoard) {
        List<String> answers = new ArrayList<>();
        TestServer.run(TestServer.config(at, new MutableClock(TestServer.START)), api -> {
            api.postMultipart("/api/competitions", COINS.creation("coins", publicBoard), Api.ADMIN);
            String ada = api.register("ada");
            String bob = api.register("bob");
            submit(api, ada, COINS.submission(0.70, 0.75, 0));
            submit(api, ada, COINS.submission(0.71, 0.65, 100));
            submit(api, bob, COINS.submission(0.69, 0.72, 30));
            answers.add(api.get("/api/competitions/coins/leaderboard", Api.ADMIN)
                    .body()
                    .string());
            api.post("/api/competitions/coins/close", Api.ADMIN);
            answers.add(api.get("/api/competitions/coins/leaderboard?board=private", ada)
                    .body()
                    .string());
            answers.add(api.get("/api/competitions/coins/shakeup", ada).body().string());
        });
        return answers;
    }
}
