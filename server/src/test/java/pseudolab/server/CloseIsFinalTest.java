package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.app.Pauses;
import pseudolab.server.app.ServerApp;

/**
 * A submission held between scoring and storing while the competition closes (by hand or at its deadline)
 * gets a 409, is not counted, and the private board shown at close never changes again.
 */
class CloseIsFinalTest {
    private static final String CLOSED_WHILE_SCORED =
            "the competition closed while this submission was being scored; it was not counted";

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);
    private final Gate afterScoring = new Gate();

    private void run(TestServer.Body body) {
        TestServer.run(
                ServerApp.create(TestServer.config(home, clock), Pauses.NONE.withAfterScoring(afterScoring)), body);
    }

    @Test
    void aSubmissionScoredWhileTheHostClosesGets409AndTheClosedBoardNeverChanges() {
        run(api -> {
            api.createZoo("zoo", null, 5, 2);
            String ada = api.register("ada");
            api.submitOk(ada, "zoo", Zoo.submission(4, 2), "none");
            afterScoring.arm();
            CompletableFuture<Response> late =
                    CompletableFuture.supplyAsync(() -> api.submit(ada, "zoo", Zoo.submission(8, 7), "self-training"));
            afterScoring.awaitReached();

            assertThat(api.post("/api/competitions/zoo/close", Api.ADMIN).code())
                    .isEqualTo(200);
            String shownAtClose = api.get("/api/competitions/zoo/leaderboard?board=private")
                    .body()
                    .string();
            afterScoring.open();
            Response r = late.get(30, TimeUnit.SECONDS);

            assertThat(r.code()).isEqualTo(409);
            assertThat(Api.json(r).get("error").asText()).isEqualTo(CLOSED_WHILE_SCORED);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=private")
                            .body()
                            .string())
                    .isEqualTo(shownAtClose);
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .hasSize(1);
        });
    }

    @Test
    void aSubmissionScoredWhileTheDeadlinePassesGets409AndIsNotCounted() {
        run(api -> {
            api.createZoo("zoo", TestServer.START.plus(Duration.ofMinutes(5)), 5, 2);
            String ada = api.register("ada");
            api.submitOk(ada, "zoo", Zoo.submission(4, 2), "none");
            afterScoring.arm();
            CompletableFuture<Response> late =
                    CompletableFuture.supplyAsync(() -> api.submit(ada, "zoo", Zoo.submission(8, 7), "self-training"));
            afterScoring.awaitReached();

            clock.advance(Duration.ofMinutes(5));
            String shownAtClose = api.get("/api/competitions/zoo/leaderboard?board=private")
                    .body()
                    .string();
            afterScoring.open();
            Response r = late.get(30, TimeUnit.SECONDS);

            assertThat(r.code()).isEqualTo(409);
            assertThat(Api.json(r).get("error").asText()).isEqualTo(CLOSED_WHILE_SCORED);
            assertThat(api.get("/api/competitions/zoo/leaderboard?board=private")
                            .body()
                            .string())
                    .isEqualTo(shownAtClose);
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .hasSize(1);
        });
    }
}
