package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionApiTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void aValidSubmissionIsScoredAndAnsweredWithItsPublicScoreOnly() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 2);
            String ada = api.register("ada");
            var r = api.submit(ada, "zoo", Zoo.submission(6, 4), "self-training (k=3)");
            assertThat(r.code()).isEqualTo(201);
            JsonNode s = Api.json(r);
            assertThat(s.get("id").asLong()).isPositive();
            assertThat(s.get("participant").asText()).isEqualTo("ada");
            assertThat(s.get("description").asText()).isEqualTo("self-training (k=3)");
            assertThat(s.get("submittedAt").asText()).isEqualTo(TestServer.START.toString());
            assertThat(s.get("publicScore").asDouble()).isEqualTo(Zoo.publicScore(6));
            assertThat(s.get("baseline").asBoolean()).isFalse();
            assertThat(s.get("selected").asBoolean()).isFalse();
            assertThat(s.has("privateScore")).isFalse();
            try (Stream<Path> files = Files.list(home.resolve("competitions/zoo/submissions"))) {
                assertThat(files).hasSize(1);
            }
        });
    }

    @Test
    void anInvalidSubmissionIsRefusedWith422ProblemsAndDoesNotCount() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 1, 1);
            String ada = api.register("ada");
            var r = api.submit(ada, "zoo", Zoo.submission(8, 7).replace("\n3,", "\n999999,"), "typo");
            assertThat(r.code()).isEqualTo(422);
            JsonNode body = Api.json(r);
            assertThat(body.get("error").asText()).isNotBlank();
            assertThat(body.get("problems").toString()).contains("999999");
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .isEmpty();
            try (Stream<Path> files = Files.list(home.resolve("competitions/zoo/submissions"))) {
                assertThat(files).isEmpty();
            }
            assertThat(api.submit(ada, "zoo", Zoo.submission(8, 7), "fixed").code())
                    .isEqualTo(201);
        });
    }

    @Test
    void theDailyLimitAnswers429UntilTheNextUtcDay() {
        clock.set(java.time.Instant.parse("2026-11-20T23:00:00Z"));
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 2, 1);
            String ada = api.register("ada");
            String bob = api.register("bob");
            api.submitOk(ada, "zoo", Zoo.submission(1, 1), "a");
            api.submitOk(ada, "zoo", Zoo.submission(2, 1), "b");
            var r = api.submit(ada, "zoo", Zoo.submission(3, 1), "c");
            assertThat(r.code()).isEqualTo(429);
            assertThat(Api.json(r).get("error").asText()).contains("daily limit of 2");
            assertThat(api.submit(bob, "zoo", Zoo.submission(3, 1), "c").code()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(61));
            assertThat(api.submit(ada, "zoo", Zoo.submission(3, 1), "c").code()).isEqualTo(201);
        });
    }

    @Test
    void submissionsAfterCloseAnswer409() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", TestServer.START.plus(Duration.ofMinutes(5)), 5, 1);
            api.createZoo("hand", null, 5, 1);
            String ada = api.register("ada");
            api.post("/api/competitions/hand/close", Api.ADMIN);
            assertThat(api.submit(ada, "hand", Zoo.submission(1, 1), "x").code())
                    .isEqualTo(409);
            clock.advance(Duration.ofMinutes(5));
            var r = api.submit(ada, "zoo", Zoo.submission(1, 1), "x");
            assertThat(r.code()).isEqualTo(409);
            assertThat(Api.json(r).get("error").asText()).contains("closed");
        });
    }

    @Test
    void submittingNeedsAParticipantToken() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            assertThat(api.submit(null, "zoo", Zoo.submission(1, 1), "x").code())
                    .isEqualTo(401);
            assertThat(api.submit("forged", "zoo", Zoo.submission(1, 1), "x").code())
                    .isEqualTo(401);
            assertThat(api.submit(Api.ADMIN, "zoo", Zoo.submission(1, 1), "x").code())
                    .isEqualTo(403);
            assertThat(api.get("/api/competitions/zoo/submissions").code()).isEqualTo(401);
        });
    }

    @Test
    void aSubmissionOverTheSizeLimitAnswers413() {
        TestServer.run(TestServer.config(home, clock).withMaxUploadBytes(1000), api -> {
            api.createZoo("zoo", null, 5, 1);
            String ada = api.register("ada");
            String big = Zoo.submission(1, 1) + "#".repeat(200_000);
            var r = api.submit(ada, "zoo", big, "huge");
            assertThat(r.code()).isEqualTo(413);
            assertThat(Api.json(r).get("error").asText()).contains("1000 bytes");
            String justOver = Zoo.submission(1, 1) + "\n".repeat(1000);
            assertThat(api.submit(ada, "zoo", justOver, "over").code()).isEqualTo(413);
            assertThat(api.submit(ada, "zoo", Zoo.submission(1, 1), "fits").code())
                    .isEqualTo(201);
        });
    }

    @Test
    void aChunkedSubmissionOverTheSizeLimitAnswers413AndDoesNotCount() throws Exception {
        long limit = 1024 * 1024;
        TestServer.run(TestServer.config(home, clock).withMaxUploadBytes(limit), api -> {
            api.createZoo("zoo", null, 1, 1);
            String ada = api.register("ada");
            String big = Zoo.submission(1, 1) + "#".repeat(64 * (int) limit);
            MultipartBody body =
                    new MultipartBody().file("file", "submission.csv", big).field("description", "huge");
            ChunkedPost.Answer r = ChunkedPost.send(api.origin(), "/api/competitions/zoo/submissions", body, ada);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.bytesSentBeforeAnswer())
                    .as("the server stops reading near the limit")
                    .isLessThan(16 * limit);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.json().get("error").asText())
                    .isEqualTo("submission larger than the limit of " + limit + " bytes");
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .isEmpty();
            assertThat(home.resolve("competitions/zoo/submissions"))
                    .satisfiesAnyOf(
                            stored -> assertThat(stored).doesNotExist(),
                            stored -> assertThat(stored).isEmptyDirectory());
            assertThat(api.submit(ada, "zoo", Zoo.submission(1, 1), "fits").code())
                    .isEqualTo(201);
            assertThat(api.submit(ada, "zoo", Zoo.submission(2, 1), "second").code())
                    .isEqualTo(429);
        });
    }

    @Test
    void aChunkedSubmissionWithinTheLimitIsAccepted() throws Exception {
        TestServer.run(TestServer.config(home, clock).withMaxUploadBytes(1024 * 1024), api -> {
            api.createZoo("zoo", null, 5, 1);
            String ada = api.register("ada");
            MultipartBody body = new MultipartBody()
                    .file("file", "submission.csv", Zoo.submission(6, 1))
                    .field("description", "streamed");
            ChunkedPost.Answer r = ChunkedPost.send(api.origin(), "/api/competitions/zoo/submissions", body, ada);
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().get("description").asText()).isEqualTo("streamed");
            assertThat(r.json().get("publicScore").asDouble()).isEqualTo(Zoo.publicScore(6));
        });
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestNotAServerError() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            String ada = api.register("ada");
            byte[] truncated =
                    "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\n\r\nid,label\n1,"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var r = api.postRaw(
                    "/api/competitions/zoo/submissions", "multipart/form-data; boundary=XYZ", truncated, ada);
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string())
                    .contains("multipart")
                    .doesNotContain("Exception")
                    .doesNotContain("at pseudolab");
            assertThat(api.submit(ada, "zoo", Zoo.submission(6, 1), "after").code())
                    .as("the bad body did not count")
                    .isEqualTo(201);
        });
    }

    @Test
    void ownSubmissionsShowPrivateScoresOnlyAfterClose() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 2);
            String ada = api.register("ada");
            String bob = api.register("bob");
            api.submitOk(ada, "zoo", Zoo.submission(6, 4), "none");
            api.submitOk(bob, "zoo", Zoo.submission(2, 2), "none");
            JsonNode before = Api.json(api.get("/api/competitions/zoo/submissions", ada));
            assertThat(before).hasSize(1);
            assertThat(before.get(0).get("publicScore").asDouble()).isEqualTo(Zoo.publicScore(6));
            assertThat(before.get(0).has("privateScore")).isFalse();
            assertThat(before.get(0).has("selected")).isTrue();
            assertThat(before.get(0).has("baseline")).isTrue();
            api.post("/api/competitions/zoo/close", Api.ADMIN);
            JsonNode after = Api.json(api.get("/api/competitions/zoo/submissions", ada));
            assertThat(after.get(0).get("privateScore").asDouble()).isEqualTo(Zoo.privateScore(4));
        });
    }

    @Test
    void selectionsAreLimitedToFinalSelectionsAndOwnSubmissions() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 2);
            String ada = api.register("ada");
            String bob = api.register("bob");
            long a1 = api.submitOk(ada, "zoo", Zoo.submission(1, 1), "a");
            long a2 = api.submitOk(ada, "zoo", Zoo.submission(2, 1), "b");
            long a3 = api.submitOk(ada, "zoo", Zoo.submission(3, 1), "c");
            String path = "/api/competitions/zoo/submissions/";
            var r = api.put(path + a1 + "/selected", "true", ada);
            assertThat(r.code()).isEqualTo(200);
            assertThat(Api.json(r).get("selected").asBoolean()).isTrue();
            assertThat(api.put(path + a2 + "/selected", "true", ada).code()).isEqualTo(200);
            assertThat(api.put(path + a3 + "/selected", "true", ada).code()).isEqualTo(409);
            assertThat(api.put(path + a1 + "/selected", "true", ada).code()).isEqualTo(200);
            assertThat(api.put(path + a1 + "/selected", "false", ada).code()).isEqualTo(200);
            assertThat(api.put(path + a3 + "/selected", "true", ada).code()).isEqualTo(200);
            assertThat(api.put(path + a3 + "/selected", "maybe", ada).code()).isEqualTo(400);
            assertThat(api.put(path + a3 + "/selected", "false", bob).code()).isEqualTo(404);
            assertThat(api.put(path + "12345/selected", "true", ada).code()).isEqualTo(404);
            JsonNode own = Api.json(api.get("/api/competitions/zoo/submissions", ada));
            assertThat(own.findValues("selected"))
                    .extracting(JsonNode::asBoolean)
                    .containsExactly(false, true, true);
        });
    }

    @Test
    void aParticipantCannotMakeABaselineByWordOrByFlag() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 2);
            String ada = api.register("ada");
            var byWord = api.submit(ada, "zoo", Zoo.submission(2, 2), "Majority-class BASELINE");
            assertThat(byWord.code()).isEqualTo(201);
            assertThat(Api.json(byWord).get("baseline").asBoolean()).isFalse();
            assertThat(Api.json(byWord).get("description").asText()).isEqualTo("Majority-class BASELINE");
            MultipartBody flagged = new MultipartBody()
                    .file("file", "s.csv", Zoo.submission(3, 3))
                    .field("description", "logistic regression")
                    .field("baseline", "true");
            var byFlag = api.postMultipart("/api/competitions/zoo/submissions", flagged, ada);
            assertThat(byFlag.code()).isEqualTo(403);
            assertThat(Api.json(byFlag).get("error").asText()).contains("only the host marks a baseline");
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .hasSize(1);
            JsonNode board = Api.json(api.get("/api/competitions/zoo/leaderboard?board=public"));
            assertThat(board.get("rows")).hasSize(1);
            assertThat(board.get("rows").get(0).get("baseline").asBoolean()).isFalse();
        });
    }

    @Test
    void theHostFilesABaselineWithTheAdminTokenUnderANamedParticipant() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 2);
            String host = api.register("host");
            var byFlag = api.submitBaseline("zoo", Zoo.submission(3, 3), "logistic regression", "host");
            assertThat(byFlag.code()).isEqualTo(201);
            assertThat(Api.json(byFlag).get("baseline").asBoolean()).isTrue();
            assertThat(Api.json(byFlag).get("participant").asText()).isEqualTo("host");
            var plain = api.submit(host, "zoo", Zoo.submission(4, 4), "cnn");
            assertThat(Api.json(plain).get("baseline").asBoolean()).isFalse();
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", host)))
                    .hasSize(2);

            var nobody = api.submitBaseline("zoo", Zoo.submission(3, 3), "x", "nobody");
            assertThat(nobody.code()).isEqualTo(404);
            assertThat(Api.json(nobody).get("error").asText()).contains("'nobody'");
            MultipartBody unnamed = new MultipartBody()
                    .file("file", "s.csv", Zoo.submission(3, 3))
                    .field("baseline", "true");
            var noName = api.postMultipart("/api/competitions/zoo/submissions", unnamed, Api.ADMIN);
            assertThat(noName.code()).isEqualTo(400);
            assertThat(Api.json(noName).get("error").asText()).contains("'participant'");
            var adminPlain = api.submit(Api.ADMIN, "zoo", Zoo.submission(3, 3), "not a baseline");
            assertThat(adminPlain.code()).isEqualTo(403);
        });
    }
}
