package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One competition worked by hand (accuracy; 8 public rows, 7 private): ada submits public 6/8, 5/8, 7/8
 * and selects nothing; carl ties ada's 7/8 later; bob selects only his worse submission; the host posts a
 * baseline. Closing auto-selects ada's two best public submissions and carl's only one.
 */
class LeaderboardApiTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void thePublicBoardRanksBestScoresWithTiesToTheEarlierSubmission() {
        TestServer.run(TestServer.config(home, clock), api -> {
            play(api);
            JsonNode board = Api.json(api.get("/api/competitions/zoo/leaderboard?board=public"));
            assertThat(board.get("board").asText()).isEqualTo("public");
            assertThat(board.get("closed").asBoolean()).isFalse();
            assertThat(board.get("higherIsBetter").asBoolean()).isTrue();
            assertThat(participants(board)).containsExactly("ada", "carl", "bob", "host");
            assertThat(board.get("rows").findValuesAsText("rank")).containsExactly("1", "2", "3", "4");
            assertThat(board.get("rows").get(0).get("score").asDouble()).isEqualTo(7 / 8.0);
            assertThat(board.get("rows").get(0).get("submissions").asInt()).isEqualTo(3);
            assertThat(board.get("rows").get(0).get("lastSubmittedAt").asText())
                    .isEqualTo(TestServer.START.plus(Duration.ofMinutes(2)).toString());
            assertThat(board.get("rows").get(3).get("baseline").asBoolean()).isTrue();
            assertThat(Api.json(api.get("/api/competitions/zoo/leaderboard"))
                            .get("board")
                            .asText())
                    .isEqualTo("public");
        });
    }

    @Test
    void thePrivateBoardAndShakeupAreForbiddenBeforeCloseExceptToTheHost() {
        TestServer.run(TestServer.config(home, clock), api -> {
            Map<String, String> tokens = play(api);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=private")
                            .code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=private", tokens.get("ada"))
                            .code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions/zoo/leaderboard.csv?board=private")
                            .code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions/zoo/shakeup").code()).isEqualTo(403);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=secret").code())
                    .isEqualTo(400);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=private", Api.ADMIN)
                            .code())
                    .isEqualTo(200);
            assertThat(api.get("/api/competitions/zoo/shakeup", Api.ADMIN).code())
                    .isEqualTo(200);
        });
    }

    @Test
    void afterCloseThePrivateBoardCountsTheBestFinalSelection() {
        TestServer.run(TestServer.config(home, clock), api -> {
            play(api);
            api.post("/api/competitions/zoo/close", Api.ADMIN);
            JsonNode board = Api.json(api.get("/api/competitions/zoo/leaderboard?board=private"));
            assertThat(board.get("closed").asBoolean()).isTrue();
            assertThat(participants(board)).containsExactly("carl", "bob", "host", "ada");
            assertThat(board.get("rows").findValues("score"))
                    .extracting(JsonNode::asDouble)
                    .containsExactly(5 / 7.0, 3 / 7.0, 3 / 7.0, 2 / 7.0);
            JsonNode own = Api.json(api.get("/api/competitions/zoo/submissions", api.register("zed")));
            assertThat(own).isEmpty();
        });
    }

    @Test
    void theShakeupShowsRankChangesAndSelectionRegret() {
        TestServer.run(TestServer.config(home, clock), api -> {
            play(api);
            api.post("/api/competitions/zoo/close", Api.ADMIN);
            JsonNode rows = Api.json(api.get("/api/competitions/zoo/shakeup")).get("rows");
            Map<String, JsonNode> by = new LinkedHashMap<>();
            rows.forEach(r -> by.put(r.get("participant").asText(), r));
            assertThat(by.keySet()).containsExactly("carl", "bob", "host", "ada");
            JsonNode ada = by.get("ada");
            assertThat(ada.get("publicRank").asInt()).isEqualTo(1);
            assertThat(ada.get("privateRank").asInt()).isEqualTo(4);
            assertThat(ada.get("change").asInt()).isEqualTo(-3);
            assertThat(ada.get("publicScore").asDouble()).isEqualTo(7 / 8.0);
            assertThat(ada.get("privateScore").asDouble()).isEqualTo(2 / 7.0);
            assertThat(ada.get("bestUnselectedPrivate").asDouble()).isEqualTo(6 / 7.0);
            assertThat(ada.get("selectionRegret").asDouble()).isCloseTo(4 / 7.0, within(1e-12));
            assertThat(by.get("bob").get("change").asInt()).isEqualTo(1);
            assertThat(by.get("bob").get("selectionRegret").asDouble()).isCloseTo(3 / 7.0, within(1e-12));
            assertThat(by.get("carl").get("bestUnselectedPrivate").isNull()).isTrue();
            assertThat(by.get("carl").get("selectionRegret").asDouble()).isZero();
        });
    }

    @Test
    void theComparisonGroupsByStrategyAndRevealsPrivateColumnsAfterClose() {
        TestServer.run(TestServer.config(home, clock), api -> {
            play(api);
            JsonNode before = Api.json(api.get("/api/competitions/zoo/comparison"));
            assertThat(before.get("closed").asBoolean()).isFalse();
            assertThat(before.get("baseline").asText()).isEqualTo("none");
            Map<String, JsonNode> rows = byStrategy(before);
            assertThat(rows.keySet()).containsExactly("none", "pretraining", "self-training");
            assertThat(rows.get("none").get("submissions").asInt()).isEqualTo(3);
            assertThat(rows.get("none").get("publicMean").asDouble()).isCloseTo(0.5, within(1e-12));
            assertThat(rows.get("none").get("publicStd").asDouble()).isCloseTo(0.25, within(1e-12));
            assertThat(rows.get("none").get("publicBest").asDouble()).isEqualTo(0.75);
            assertThat(rows.get("pretraining").get("publicGain").asDouble()).isCloseTo(0.375, within(1e-12));
            assertThat(rows.get("self-training").get("publicGain").asDouble()).isCloseTo(0, within(1e-12));
            assertThat(before.toString()).doesNotContain("private");

            api.post("/api/competitions/zoo/close", Api.ADMIN);
            Map<String, JsonNode> after = byStrategy(Api.json(api.get("/api/competitions/zoo/comparison")));
            assertThat(after.get("none").get("privateMean").asDouble()).isCloseTo(11 / 21.0, within(1e-12));
            assertThat(after.get("self-training").get("privateMean").asDouble()).isCloseTo(9 / 14.0, within(1e-12));
            assertThat(after.get("pretraining").get("privateBest").asDouble()).isCloseTo(5 / 7.0, within(1e-12));
            assertThat(after.get("pretraining").get("privateGain").asDouble())
                    .isCloseTo(6 / 14.0 - 11 / 21.0, within(1e-12));
        });
    }

    @Test
    void passingTheDeadlineClosesAndAutoSelectsTheBestPublicSubmissions() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("timed", TestServer.START.plus(Duration.ofHours(2)), 10, 2);
            String ada = api.register("ada");
            long worst = submit(api, ada, "timed", 2, 7);
            long best = submit(api, ada, "timed", 7, 1);
            long second = submit(api, ada, "timed", 5, 3);
            assertThat(api.get("/api/competitions/timed/leaderboard?board=private")
                            .code())
                    .isEqualTo(403);
            clock.advance(Duration.ofHours(2));
            var board = api.get("/api/competitions/timed/leaderboard?board=private");
            assertThat(board.code()).isEqualTo(200);
            assertThat(board.body().string()).contains("\"closed\":true");
            assertThat(Api.json(board).get("rows").get(0).get("score").asDouble())
                    .isEqualTo(3 / 7.0);
            Map<Long, Boolean> selected = new LinkedHashMap<>();
            Api.json(api.get("/api/competitions/timed/submissions", ada))
                    .forEach(s ->
                            selected.put(s.get("id").asLong(), s.get("selected").asBoolean()));
            assertThat(selected).containsExactlyInAnyOrderEntriesOf(Map.of(worst, false, best, true, second, true));
            assertThat(api.submit(ada, "timed", Zoo.submission(1, 1), "late").code())
                    .isEqualTo(409);
        });
    }

    @Test
    void theCsvBoardHasTheSameRows() {
        TestServer.run(TestServer.config(home, clock), api -> {
            play(api);
            var csv = api.get("/api/competitions/zoo/leaderboard.csv?board=public");
            assertThat(csv.code()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            String[] lines = csv.body().string().split("\r\n");
            assertThat(lines[0]).isEqualTo("rank,participant,score,submissions,lastSubmittedAt,baseline");
            assertThat(lines).hasSize(5);
            assertThat(lines[1]).startsWith("1,ada,0.875,3,").endsWith(",false");
            assertThat(lines[4]).startsWith("4,host,0.25,1,").endsWith(",true");
        });
    }

    @Test
    void theBoardFollowsNewSubmissionsAndSelections() {
        TestServer.run(TestServer.config(home, clock), api -> {
            Map<String, String> tokens = play(api);
            assertThat(participants(Api.json(api.get("/api/competitions/zoo/leaderboard")))
                            .get(0))
                    .isEqualTo("ada");
            api.submitOk(tokens.get("bob"), "zoo", Zoo.submission(8, 1), "pretraining v2");
            assertThat(participants(Api.json(api.get("/api/competitions/zoo/leaderboard")))
                            .get(0))
                    .isEqualTo("bob");
            var counts = Api.json(api.get("/api/competitions/zoo"));
            assertThat(counts.get("submissions").asInt()).isEqualTo(8);
            assertThat(counts.get("participants").asInt()).isEqualTo(4);
        });
    }

    private Map<String, String> play(Api api) {
        api.createZoo("zoo", null, 10, 2);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String name : new String[] {"ada", "carl", "bob", "host"}) {
            tokens.put(name, api.register(name));
        }
        submit(api, tokens.get("ada"), 6, 2, "none", "none");
        submit(api, tokens.get("ada"), 5, 6, "self-training (k=1)", "self-training");
        submit(api, tokens.get("ada"), 7, 1, "pretraining", "pretraining");
        submit(api, tokens.get("carl"), 7, 5, "pretraining cnn", "pretraining");
        submit(api, tokens.get("bob"), 4, 6, "no-pl", "no-pl");
        long b2 = submit(api, tokens.get("bob"), 3, 3, "Self-Training", "Self-Training");
        assertThat(api.submitBaseline("zoo", Zoo.submission(2, 3), "baseline majority", "host", "baseline")
                        .code())
                .isEqualTo(201);
        clock.advance(Duration.ofMinutes(1));
        var r = api.put("/api/competitions/zoo/submissions/" + b2 + "/selected", "true", tokens.get("bob"));
        assertThat(r.code()).isEqualTo(200);
        return tokens;
    }

    private long submit(
            Api api, String token, int publicCorrect, int privateCorrect, String description, String strategy) {
        long id = api.submitOk(token, "zoo", Zoo.submission(publicCorrect, privateCorrect), description, strategy);
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    private long submit(Api api, String token, String slug, int publicCorrect, int privateCorrect) {
        return submit(api, token, slug, publicCorrect, privateCorrect, "none");
    }

    private long submit(Api api, String token, String slug, int publicCorrect, int privateCorrect, String description) {
        long id = api.submitOk(token, slug, Zoo.submission(publicCorrect, privateCorrect), description);
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    private static java.util.List<String> participants(JsonNode board) {
        return board.get("rows").findValuesAsText("participant");
    }

    private static Map<String, JsonNode> byStrategy(JsonNode comparison) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        comparison.get("rows").forEach(r -> rows.put(r.get("strategy").asText(), r));
        return rows;
    }
}
