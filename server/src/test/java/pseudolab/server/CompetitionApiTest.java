package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompetitionApiTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void theHostCreatesACompetitionThatIsListedWithItsPublicFiles() {
        TestServer.run(TestServer.config(home, clock), api -> {
            Instant deadline = TestServer.START.plus(Duration.ofDays(3));
            var created = api.createZoo("zoo", deadline, 4, 2);
            assertThat(created.code()).isEqualTo(201);
            JsonNode c = Api.json(created);
            assertThat(c.get("slug").asText()).isEqualTo("zoo");
            assertThat(c.get("metric").asText()).isEqualTo("accuracy");
            assertThat(c.get("higherIsBetter").asBoolean()).isTrue();
            assertThat(c.get("deadline").asText()).isEqualTo(deadline.toString());
            assertThat(c.get("closed").asBoolean()).isFalse();
            assertThat(c.get("dailyLimit").asInt()).isEqualTo(4);
            assertThat(c.get("finalSelections").asInt()).isEqualTo(2);

            JsonNode list = Api.json(api.get("/api/competitions"));
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("title").asText()).isEqualTo("Zoo zoo");
            assertThat(list.get(0).get("participants").asInt()).isZero();
            assertThat(list.get(0).get("submissions").asInt()).isZero();
            assertThat(list.get(0).has("files")).isFalse();

            JsonNode one = Api.json(api.get("/api/competitions/zoo"));
            assertThat(one.get("files").findValuesAsText("name")).containsExactly("sample_submission.csv", "train.csv");
            assertThat(one.get("files").get(1).get("url").asText()).isEqualTo("/api/competitions/zoo/files/train.csv");
            assertThat(one.get("files").get(1).get("bytes").asLong())
                    .isEqualTo(Zoo.train().length());
        });
    }

    @Test
    void publicFilesDownloadAndTheSolutionDoesNot() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 4, 2);
            var train = api.get("/api/competitions/zoo/files/train.csv");
            assertThat(train.code()).isEqualTo(200);
            assertThat(train.body().string()).isEqualTo(Zoo.train());
            assertThat(api.get("/api/competitions/zoo/files/solution.csv").code())
                    .isEqualTo(404);
            assertThat(api.get("/api/competitions/zoo/files/competition.json").code())
                    .isEqualTo(404);
            assertThat(api.get("/api/competitions/zoo/files/nothing.csv").code())
                    .isEqualTo(404);
            assertThat(Files.exists(home.resolve("competitions/zoo/solution.csv")))
                    .isTrue();
        });
    }

    @Test
    void aPublicFileWithTheSolutionsBytesIsRefusedAndNothingIsCreated() {
        TestServer.run(TestServer.config(home, clock), api -> {
            MultipartBody body = new MultipartBody()
                    .file("definition", "competition.json", Zoo.definition("zoo", null, 4, 2))
                    .file("solution", "solution.csv", Zoo.solution())
                    .file("train.csv", "train.csv", Zoo.train())
                    .file("answers.csv", "answers.csv", Zoo.solution());
            var refused = api.postMultipart("/api/competitions", body, Api.ADMIN);
            assertThat(refused.code()).isEqualTo(400);
            assertThat(Api.json(refused).get("error").asText())
                    .isEqualTo(
                            "public file 'answers.csv' has the same bytes as the solution; the solution is never published");
            assertThat(api.get("/api/competitions/zoo").code()).isEqualTo(404);
            assertThat(api.get("/api/competitions/zoo/files/answers.csv").code())
                    .isEqualTo(404);
            assertThat(Api.json(api.get("/api/competitions"))).isEmpty();
            assertThat(Files.exists(home.resolve("competitions/zoo"))).isFalse();

            assertThat(api.createZoo("zoo", null, 4, 2).code())
                    .as("a corrected retry")
                    .isEqualTo(201);
        });
    }

    @Test
    void unknownCompetitionsAnswer404() {
        TestServer.run(TestServer.config(home, clock), api -> {
            var r = api.get("/api/competitions/nope");
            assertThat(r.code()).isEqualTo(404);
            assertThat(Api.json(r).get("error").asText()).contains("'nope'");
            assertThat(api.get("/api/competitions/nope/leaderboard").code()).isEqualTo(404);
        });
    }

    @Test
    void creatingNeedsTheAdminToken() {
        TestServer.run(TestServer.config(home, clock), api -> {
            MultipartBody body = new MultipartBody()
                    .file("definition", "competition.json", Zoo.definition("zoo", null, 1, 1))
                    .file("solution", "solution.csv", Zoo.solution());
            assertThat(api.postMultipart("/api/competitions", body, null).code())
                    .isEqualTo(401);
            String participant = api.register("ada");
            assertThat(api.postMultipart("/api/competitions", body, participant).code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions").body().string()).isEqualTo("[]");
        });
    }

    @Test
    void badDefinitionsAreRefusedWith400NamingTheKeyAndValue() {
        TestServer.run(TestServer.config(home, clock), api -> {
            assertThat(createError(api, Zoo.definition("Bad Slug", null, 1, 1), Zoo.solution()))
                    .contains("slug 'Bad Slug'");
            assertThat(createError(api, Zoo.definition("zoo", null, 0, 1), Zoo.solution()))
                    .contains("dailyLimit 0");
            assertThat(createError(
                            api, Zoo.definition("zoo", null, 1, 1).replace("accuracy", "accurasy"), Zoo.solution()))
                    .contains("unknown metric 'accurasy'");
            assertThat(createError(
                            api, Zoo.definition("zoo", null, 1, 1).replace("null", "\"tomorrow\""), Zoo.solution()))
                    .contains("deadline 'tomorrow'");
            assertThat(createError(api, "{\"slug\": ", Zoo.solution())).contains("not valid JSON");
            assertThat(createError(api, Zoo.definition("zoo", null, 1, 1), "id,animal\n1,yak\n"))
                    .startsWith("solution.csv:");
            assertThat(api.get("/api/competitions").body().string()).isEqualTo("[]");
        });
    }

    @Test
    void aDuplicateSlugIsRefusedWith409() {
        TestServer.run(TestServer.config(home, clock), api -> {
            assertThat(api.createZoo("zoo", null, 1, 1).code()).isEqualTo(201);
            assertThat(api.createZoo("zoo", null, 1, 1).code()).isEqualTo(409);
        });
    }

    @Test
    void theHostClosesACompetitionByHandAndItClosesAtItsDeadline() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("manual", null, 1, 1);
            api.createZoo("timed", TestServer.START.plus(Duration.ofHours(1)), 1, 1);
            String participant = api.register("ada");
            assertThat(api.post("/api/competitions/manual/close", null).code()).isEqualTo(401);
            assertThat(api.post("/api/competitions/manual/close", participant).code())
                    .isEqualTo(403);
            var closed = api.post("/api/competitions/manual/close", Api.ADMIN);
            assertThat(closed.code()).isEqualTo(200);
            assertThat(Api.json(closed).get("closed").asBoolean()).isTrue();

            assertThat(Api.json(api.get("/api/competitions/timed"))
                            .get("closed")
                            .asBoolean())
                    .isFalse();
            clock.advance(Duration.ofHours(1));
            assertThat(Api.json(api.get("/api/competitions/timed"))
                            .get("closed")
                            .asBoolean())
                    .isTrue();
        });
    }

    private static String createError(Api api, String definition, String solution) {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", definition)
                .file("solution", "solution.csv", solution);
        var r = api.postMultipart("/api/competitions", body, Api.ADMIN);
        assertThat(r.code()).as(r.body().string()).isEqualTo(400);
        return Api.json(r).get("error").asText();
    }
}
