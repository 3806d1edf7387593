package pseudolab.app.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import pseudolab.app.Main;
import pseudolab.app.demo.ServerClient;
import pseudolab.harness.submit.Submitter;
import pseudolab.server.Zoo;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;
import pseudolab.server.cli.CompetitionCommand;

/** submit, submissions and leaderboard against a real server on a real port with a real SQLite file. */
class ParticipantCommandsTest {
    private static final String ADMIN = "admin-secret-token";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Javalin server;
    private String origin;
    private ServerClient client;
    private String ada;

    @BeforeEach
    void startAServerWithTheZooCompetition() throws Exception {
        server = ServerApp.create(ServerConfig.of(home, ADMIN).withClock(Clock.systemUTC()))
                .start(0);
        origin = "http://localhost:" + server.port();
        client = new ServerClient(origin);
        Path folder = Files.createDirectories(work.resolve("zoo"));
        Files.writeString(folder.resolve("competition.json"), Zoo.definition("zoo", null, 5, 2));
        Files.writeString(folder.resolve("solution.csv"), Zoo.solution());
        Files.writeString(folder.resolve("sample_submission.csv"), Zoo.sampleSubmission());
        assertThat(new CommandLine(new CompetitionCommand())
                        .execute("create", folder.toString(), "--server", origin, "--token", ADMIN))
                .isZero();
        ada = client.register("ada", ADMIN);
    }

    @AfterEach
    void stopTheServer() {
        server.stop();
    }

    @Test
    void submitPrintsThePublicScoreAndRecordsTheStrategyFirstInTheDescription() throws Exception {
        Path csv = Files.writeString(work.resolve("mine.csv"), Zoo.submission(6, 4));
        Run run = main(
                "submit",
                csv.toString(),
                "--competition",
                "zoo",
                "--server",
                origin,
                "--token",
                ada,
                "-m",
                "hand-tuned",
                "--strategy",
                "self-training");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("public score: " + Zoo.publicScore(6) + " (submission #");
        JsonNode mine = client.get("/api/competitions/zoo/submissions", ada);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("description").asText()).isEqualTo("self-training hand-tuned");
        assertThat(mine.get(0).get("strategy").asText()).isEqualTo("self-training");
        assertThat(mine.get(0).get("publicScore").asDouble()).isEqualTo(Zoo.publicScore(6));
    }

    @Test
    void anInvalidFileExits2WithTheProblemsAndIsNotCounted() throws Exception {
        Path csv =
                Files.writeString(work.resolve("typo.csv"), Zoo.submission(6, 4).replace("\n3,", "\n999999,"));
        Run run = main("submit", csv.toString(), "--competition", "zoo", "--server", origin, "--token", ada);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("error: invalid submission: ")
                .contains("999999")
                .contains("not counted against your daily limit");
        assertThat(client.get("/api/competitions/zoo/submissions", ada)).isEmpty();

        Run missing = main(
                "submit",
                work.resolve("nothing.csv").toString(),
                "--competition",
                "zoo",
                "--server",
                origin,
                "--token",
                ada);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip())
                .isEqualTo(
                        "error: submission file " + work.resolve("nothing.csv") + " does not exist or is not a file");
        Run closedDoor = main("submit", csv.toString(), "--competition", "nope", "--server", origin, "--token", ada);
        assertThat(closedDoor.exit()).isEqualTo(1);
        assertThat(closedDoor.err()).startsWith("error: the server refused the submission (HTTP 404): ");
    }

    @Test
    void serverAndTokenComeFromTheEnvironmentWhenNotGiven() throws Exception {
        Path csv = Files.writeString(work.resolve("mine.csv"), Zoo.submission(5, 3));
        Map<String, String> env = Map.of("PSEUDOLAB_SERVER", origin, "PSEUDOLAB_TOKEN", ada);
        Run submitted = run(new SubmitCommand(env, new Submitter()), csv.toString(), "--competition", "zoo");
        assertThat(submitted.exit()).as(submitted.err()).isZero();

        Run listed = run(new SubmissionsCommand(env), "--competition", "zoo");
        assertThat(listed.exit()).as(listed.err()).isZero();
        String[] lines = listed.out().split("\n");
        assertThat(lines[0]).startsWith("id ").contains("public", "private", "selected", "description");
        assertThat(lines[1])
                .contains(String.valueOf(Zoo.publicScore(5)))
                .contains(" - ")
                .contains(" no ");
        assertThat(lines[2]).isEqualTo("1 submission");

        Run noToken = run(new SubmissionsCommand(Map.of("PSEUDOLAB_SERVER", origin)), "--competition", "zoo");
        assertThat(noToken.exit()).isEqualTo(1);
        assertThat(noToken.err().strip()).startsWith("error: no token: pass --token T or set PSEUDOLAB_TOKEN");
        Run flagWins = run(
                new SubmissionsCommand(Map.of("PSEUDOLAB_SERVER", "http://localhost:1", "PSEUDOLAB_TOKEN", "wrong")),
                "--competition",
                "zoo",
                "--server",
                origin,
                "--token",
                ada);
        assertThat(flagWins.exit()).as(flagWins.err()).isZero();
    }

    @Test
    void theLeaderboardPrintsATableOrTheServersCsvAndThePrivateBoardWaitsForTheClose() throws Exception {
        Path csv = Files.writeString(work.resolve("mine.csv"), Zoo.submission(7, 2));
        assertThat(main("submit", csv.toString(), "--competition", "zoo", "--server", origin, "--token", ada)
                        .exit())
                .isZero();

        Run table = main("leaderboard", "--competition", "zoo", "--server", origin);
        assertThat(table.exit()).as(table.err()).isZero();
        String[] lines = table.out().split("\n");
        assertThat(lines[0]).isEqualTo("public board of zoo");
        assertThat(lines[2]).startsWith("1").contains("ada").contains(String.valueOf(Zoo.publicScore(7)));

        Run asCsv = main("leaderboard", "--competition", "zoo", "--server", origin, "--csv");
        assertThat(asCsv.exit()).isZero();
        assertThat(asCsv.out()).isEqualTo(client.text("/api/competitions/zoo/leaderboard.csv?board=public", null));
        assertThat(asCsv.out()).startsWith("rank,participant,score,submissions,lastSubmittedAt,baseline");

        Run early = main("leaderboard", "--competition", "zoo", "--server", origin, "--board", "private");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.err()).startsWith("error: GET /api/competitions/zoo/leaderboard?board=private answered 403");
        assertThat(early.out()).doesNotContain(String.valueOf(Zoo.privateScore(2)));

        Run wrongBoard = main("leaderboard", "--competition", "zoo", "--server", origin, "--board", "secret");
        assertThat(wrongBoard.exit()).isEqualTo(Main.USAGE);
        assertThat(wrongBoard.err()).contains("--board must be public or private, not 'secret'");

        client.close("zoo", ADMIN);
        Run closed = main("leaderboard", "--competition", "zoo", "--server", origin, "--board", "private");
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.out().split("\n")[0]).isEqualTo("private board of zoo (closed)");
        assertThat(closed.out()).contains(String.valueOf(Zoo.privateScore(2)));
    }

    private record Run(int exit, String out, String err) {}

    /** Through the real entry point, as {@code ./pseudolab ...} runs it. */
    private static Run main(String... args) {
        return execute(Main.commandLine(), args);
    }

    /** A command built with an injected environment, with the entry point's one-line error reporting. */
    private static Run run(Callable<Integer> command, String... args) {
        CommandLine cmd = new CommandLine(command);
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        return execute(cmd, args);
    }

    private static Run execute(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
