package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bootstrap figures through HTTP: gain intervals on the comparison, rank ranges and tie groups on the boards, and
 * public figures that depend on nothing private (two servers whose solutions differ only in Private rows answer the
 * same public bytes).
 */
class GainIntervalApiTest {
    private static final Coins COINS = new Coins(1200, 500, 0);

    @TempDir
    Path home;

    @TempDir
    Path otherHome;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static Map<String, JsonNode> comparisonRows(Api api) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        Api.json(api.get("/api/competitions/coins/comparison"))
                .get("rows")
                .forEach(r -> rows.put(r.get("strategy").asText(), r));
        return rows;
    }

    @Test
    void eachStrategyGetsAPublicGainIntervalWithAVerdictAndAPrivateOneAfterClose() {
        TestServer.run(TestServer.config(home, clock), api -> {
            assertThat(api.postMultipart("/api/competitions", COINS.creation("coins"), Api.ADMIN)
                            .code())
                    .isEqualTo(201);
            String ada = api.register("ada");
            api.submitOk(ada, "coins", COINS.submission(0.70, 0.70, 0), "none", "none");
            api.submitOk(ada, "coins", COINS.submission(0.70, 0.70, 0), "copy of none", "copy");
            api.submitOk(ada, "coins", COINS.submission(0.85, 0.60, 50), "self-training", "self-training");
            api.submitOk(ada, "coins", COINS.submission(0.71, 0.71, 7), "pretraining", "pretraining");

            Map<String, JsonNode> open = comparisonRows(api);
            assertThat(open.get("none").has("publicGainInterval")).isFalse();
            JsonNode copy = open.get("copy").get("publicGainInterval");
            assertThat(copy.get("low").asDouble()).isEqualTo(0.0);
            assertThat(copy.get("high").asDouble()).isEqualTo(0.0);
            assertThat(copy.get("winShare").asDouble()).isEqualTo(0.5);
            assertThat(copy.get("verdict").asText()).isEqualTo("no clear difference");
            JsonNode self = open.get("self-training").get("publicGainInterval");
            assertThat(self.get("verdict").asText()).isEqualTo("gain");
            assertThat(self.get("low").asDouble()).isPositive().isLessThan(0.15);
            assertThat(self.get("high").asDouble()).isGreaterThan(0.15);
            assertThat(open.get("pretraining")
                            .get("publicGainInterval")
                            .get("verdict")
                            .asText())
                    .isEqualTo("no clear difference");
            assertThat(open.values())
                    .allSatisfy(r -> assertThat(r.has("privateGainInterval")).isFalse());

            api.post("/api/competitions/coins/close", Api.ADMIN);
            Map<String, JsonNode> closed = comparisonRows(api);
            assertThat(closed.get("self-training")
                            .get("privateGainInterval")
                            .get("verdict")
                            .asText())
                    .isEqualTo("loss");
            assertThat(closed.get("self-training")
                            .get("privateGainInterval")
                            .get("high")
                            .asDouble())
                    .isNegative();
            assertThat(closed.get("copy").get("privateGainInterval").get("low").asDouble())
                    .isEqualTo(0.0);
            assertThat(closed.get("self-training").get("publicGainInterval")).isEqualTo(self);
        });
    }

    @Test
    void boardEntriesGetRankRangesAndEntriesTheDataCannotOrderShareATieGroup() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.postMultipart("/api/competitions", COINS.creation("coins"), Api.ADMIN);
            api.submitOk(api.register("ada"), "coins", COINS.submission(0.90, 0.90, 0), "none");
            api.submitOk(api.register("bob"), "coins", COINS.submission(0.70, 0.70, 0), "none");
            api.submitOk(api.register("cy"), "coins", COINS.submission(0.70, 0.70, 0), "none");
            api.submitOk(api.register("dee"), "coins", COINS.submission(0.50, 0.50, 0), "none");

            JsonNode rows =
                    Api.json(api.get("/api/competitions/coins/leaderboard")).get("rows");

            assertThat(rows.findValuesAsText("participant")).containsExactly("ada", "bob", "cy", "dee");
            assertThat(rows.findValuesAsText("tieGroup")).containsExactly("1", "2", "2", "3");
            assertThat(rows.findValuesAsText("rankLow")).containsExactly("1", "2", "2", "4");
            assertThat(rows.findValuesAsText("rankHigh")).containsExactly("1", "3", "3", "4");
            api.post("/api/competitions/coins/close", Api.ADMIN);
            JsonNode priv = Api.json(api.get("/api/competitions/coins/leaderboard?board=private"))
                    .get("rows");
            assertThat(priv.findValuesAsText("tieGroup")).containsExactly("1", "2", "2", "3");
        });
    }

    @Test
    void publicFiguresAreTheSameWhateverThePrivateTruth() {
        List<String> first = publicAnswers(home, new Coins(1200, 500, 0));
        List<String> second = publicAnswers(otherHome, new Coins(1200, 500, 1));

        assertThat(second).isEqualTo(first);
        assertThat(privateBoard(home)).isNotEqualTo(privateBoard(otherHome));
        assertThat(first.get(0)).contains("rankLow").contains("tieGroup");
        assertThat(first.get(1)).contains("publicGainInterval");
    }

    private static String privateBoard(Path at) {
        String[] board = new String[1];
        TestServer.run(
                TestServer.config(at, new MutableClock(TestServer.START)),
                api -> board[0] = api.get("/api/competitions/coins/leaderboard?board=private", Api.ADMIN)
                        .body()
                        .string());
        return board[0];
    }

    /**
     * The public board, the comparison and the participants' own lists before close, on a server whose solution is
     * {@code coins}'s; the submitted files are the same on every server (made against the first solution).
     */
    private List<String> publicAnswers(Path at, Coins truth) {
        Coins coins = new Coins(truth.rows(), truth.publicRows(), 0);
        List<String> answers = new ArrayList<>();
        TestServer.run(TestServer.config(at, new MutableClock(TestServer.START)), api -> {
            api.postMultipart("/api/competitions", truth.creation("coins"), Api.ADMIN);
            String ada = api.register("ada");
            String bob = api.register("bob");
            api.submitOk(ada, "coins", coins.submission(0.70, 0.60, 0), "none", "none");
            api.submitOk(ada, "coins", coins.submission(0.72, 0.80, 9), "self-training", "self-training");
            api.submitOk(bob, "coins", coins.submission(0.75, 0.65, 3), "pretraining", "pretraining");
            api.submitOk(bob, "coins", coins.submission(0.69, 0.75, 30), "none seed 2", "none");
            answers.add(api.get("/api/competitions/coins/leaderboard").body().string());
            answers.add(api.get("/api/competitions/coins/comparison").body().string());
            answers.add(
                    api.get("/api/competitions/coins/leaderboard.csv").body().string());
            answers.add(
                    api.get("/api/competitions/coins/submissions", ada).body().string());
            answers.add(
                    api.get("/api/competitions/coins/submissions", bob).body().string());
        });
        return answers;
    }
}
