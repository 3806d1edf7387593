package pseudolab.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import pseudolab.server.Api;
import pseudolab.server.TestServer;
import pseudolab.server.Zoo;
import pseudolab.server.app.ServerConfig;

class CompetitionCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path folder;

    @Test
    void createUploadsTheFolderAndPrintsTheSlugAndUrl() throws Exception {
        writeFolder();
        TestServer.run(ServerConfig.of(home, Api.ADMIN).withClock(Clock.systemUTC()), api -> {
            StringWriter out = new StringWriter();
            int exit = run(out, "create", folder.toString(), "--server", api.origin(), "--token", Api.ADMIN);
            assertThat(exit).isZero();
            assertThat(out.toString().strip().split("\n"))
                    .containsExactly(
                            "created zoo: " + api.origin() + "/competitions/zoo",
                            "published 3 public files: train.csv, test.csv, sample_submission.csv",
                            "not published (not named in competition.json \"publicFiles\"): fetch.py");
            JsonNode zoo = Api.json(api.get("/api/competitions/zoo"));
            assertThat(zoo.get("files").findValuesAsText("name"))
                    .containsExactly("sample_submission.csv", "test.csv", "train.csv");
            assertThat(api.get("/api/competitions/zoo/files/test.csv").body().string())
                    .isEqualTo("id\n1\n2\n");
        });
    }

    @Test
    void solutionFilesAndUnlistedFilesAreNeverPublishedAndListedExtrasAre() throws Exception {
        writeFolder();
        Files.writeString(
                folder.resolve("competition.json"),
                Zoo.definition("zoo", null, 5, 2).replaceFirst("\\{", "{\"publicFiles\": [\"depths.csv\"], "));
        Files.writeString(folder.resolve("depths.csv"), "id,z\n1,10\n");
        Files.write(folder.resolve("solution.csv.gz"), gzip(Zoo.solution()));
        Files.writeString(folder.resolve("solution_backup.csv"), Zoo.solution() + "\n");
        Files.writeString(folder.resolve("notes.txt"), "private notes\n");
        Files.createDirectories(folder.resolve("submissions"));
        Files.writeString(folder.resolve("submissions/good.csv"), Zoo.submission(3, 3));
        TestServer.run(ServerConfig.of(home, Api.ADMIN).withClock(Clock.systemUTC()), api -> {
            StringWriter out = new StringWriter();
            int exit = run(out, "create", folder.toString(), "--server", api.origin(), "--token", Api.ADMIN);
            assertThat(exit).isZero();
            for (String hidden : new String[] {"solution.csv.gz", "solution_backup.csv", "notes.txt", "good.csv"}) {
                assertThat(api.get("/api/competitions/zoo/files/" + hidden).code())
                        .as(hidden)
                        .isEqualTo(404);
            }
            JsonNode zoo = Api.json(api.get("/api/competitions/zoo"));
            assertThat(zoo.get("files").findValuesAsText("name"))
                    .containsExactlyInAnyOrder("depths.csv", "sample_submission.csv", "test.csv", "train.csv");
            assertThat(out.toString())
                    .contains("published 4 public files: train.csv, test.csv, sample_submission.csv," + " depths.csv\n")
                    .contains("not published (not named in competition.json \"publicFiles\"): fetch.py,"
                            + " notes.txt, solution.csv.gz, solution_backup.csv\n");
        });
    }

    @Test
    void aListedPublicFileThatIsMissingOrASolutionIsRefusedBeforeUploading() throws Exception {
        writeFolder();
        StringWriter err = new StringWriter();
        CommandLine cmd = commandLine(new StringWriter(), err);
        Files.writeString(
                folder.resolve("competition.json"),
                Zoo.definition("zoo", null, 5, 2).replaceFirst("\\{", "{\"publicFiles\": [\"depths.csv\"], "));
        assertThat(cmd.execute("create", folder.toString(), "--token", "t")).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("error: competition.json: publicFiles names 'depths.csv' but " + folder.resolve("depths.csv")
                        + " is missing");
        Files.writeString(
                folder.resolve("competition.json"),
                Zoo.definition("zoo", null, 5, 2).replaceFirst("\\{", "{\"publicFiles\": [\"solution_backup.csv\"], "));
        err.getBuffer().setLength(0);
        assertThat(cmd.execute("create", folder.toString(), "--token", "t")).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("error: competition.json: publicFiles: 'solution_backup.csv'"
                        + " starts with 'solution'; solution files are never public");
    }

    private static byte[] gzip(String text) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aRefusalIsOneLineWithExitCode1() throws Exception {
        writeFolder();
        TestServer.run(ServerConfig.of(home, Api.ADMIN).withClock(Clock.systemUTC()), api -> {
            StringWriter err = new StringWriter();
            CommandLine cmd = commandLine(new StringWriter(), err);
            int exit = cmd.execute("create", folder.toString(), "--server", api.origin(), "--token", "wrong-token");
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip())
                    .startsWith("error: server answered 401: ")
                    .doesNotContain("\n");
            Files.delete(folder.resolve("solution.csv"));
            err.getBuffer().setLength(0);
            assertThat(cmd.execute("create", folder.toString(), "--server", api.origin(), "--token", Api.ADMIN))
                    .isEqualTo(1);
            assertThat(err.toString()).contains("solution.csv is missing");
        });
    }

    @Test
    void aMissingFolderABadUrlAndAnUnreachableServerAreNamedInOneLine() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cmd = commandLine(new StringWriter(), err);
        Path nowhere = folder.resolve("nowhere");
        assertThat(cmd.execute("create", nowhere.toString(), "--token", "t")).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("error: competition folder " + nowhere + " does not exist or is not a folder");

        writeFolder();
        err.getBuffer().setLength(0);
        assertThat(cmd.execute("create", folder.toString(), "--server", "notaurl", "--token", "t"))
                .isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: --server 'notaurl' is not an http(s) URL");

        err.getBuffer().setLength(0);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(cmd.execute(
                        "create", folder.toString(), "--server", "http://localhost:" + closedPort, "--token", "t"))
                .isEqualTo(1);
        assertThat(err.toString().strip())
                .startsWith(
                        "error: cannot reach the server at http://localhost:" + closedPort + " (connection refused)")
                .doesNotContain("null")
                .doesNotContain("\n");
    }

    private void writeFolder() throws Exception {
        Files.writeString(folder.resolve("competition.json"), Zoo.definition("zoo", null, 5, 2));
        Files.writeString(folder.resolve("solution.csv"), Zoo.solution());
        Files.writeString(folder.resolve("train.csv"), Zoo.train());
        Files.writeString(folder.resolve("test.csv"), "id\n1\n2\n");
        Files.writeString(folder.resolve("sample_submission.csv"), Zoo.sampleSubmission());
        Files.writeString(folder.resolve("fetch.py"), "print('not uploaded')\n");
    }

    private static int run(StringWriter out, String... args) {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        try {
            return commandLine(out, new StringWriter()).execute(args);
        } finally {
            System.setOut(saved);
            out.write(captured.toString());
        }
    }

    /** The command as the pseudolab entry point runs it: failures as one "error:" line, exit 1. */
    private static CommandLine commandLine(StringWriter out, StringWriter err) {
        CommandLine cmd = new CommandLine(new CompetitionCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        return cmd;
    }
}
