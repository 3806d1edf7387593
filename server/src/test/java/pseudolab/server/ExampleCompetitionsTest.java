package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.server.app.ServerConfig;
import pseudolab.server.cli.CompetitionCommand;

/**
 * The six made-up example competitions of the talk (datasets/examples) are created with
 * {@code competition create} on a real server, score their good and bad submissions as the independent
 * NumPy references did (submissions/expected.json, written by datasets/examples/generate.py), refuse the
 * malformed one (naming its line, column and value) without counting it, and reveal the private scores when closed.
 */
class ExampleCompetitionsTest {
    private static final Path EXAMPLES = Path.of("../datasets/examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "global-wheat-detection",
                "tgs-salt-identification",
                "trends-assessment-prediction",
                "lish-moa",
                "stanford-covid-vaccine",
                "tweet-sentiment-extraction"
            })
    void eachExampleIsCreatedAndScoresItsGoodAndBadSubmissionsAsTheReference(String slug) throws Exception {
        Path folder = EXAMPLES.resolve(slug);
        CompetitionDefinition definition = CompetitionDefinition.read(folder);
        JsonNode expected =
                JSON.readTree(folder.resolve("submissions/expected.json").toFile());
        assertThat(definition.description()).startsWith("Made-up data");
        assertThat(Files.readString(folder.resolve("solution.csv"))).contains(",Public", ",Private", ",Ignored");
        String good = Files.readString(folder.resolve("submissions/good.csv"), StandardCharsets.UTF_8);
        String bad = Files.readString(folder.resolve("submissions/bad.csv"), StandardCharsets.UTF_8);
        String malformed = Files.readString(folder.resolve("submissions/malformed.csv"), StandardCharsets.UTF_8);

        TestServer.run(ServerConfig.of(home, Api.ADMIN).withClock(Clock.systemUTC()), api -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(create(out, err, folder, api.origin()))
                    .as(err.toString())
                    .isZero();
            JsonNode created = Api.json(api.get("/api/competitions/" + slug));
            assertThat(created.get("metric").asText()).isEqualTo(definition.metric());
            java.util.List<String> named =
                    new java.util.ArrayList<>(java.util.List.of("train.csv", "test.csv", "sample_submission.csv"));
            named.removeIf(name -> !Files.isRegularFile(folder.resolve(name)));
            named.addAll(definition.publicFiles());
            assertThat(created.get("files").findValuesAsText("name"))
                    .contains("sample_submission.csv")
                    .containsExactlyInAnyOrderElementsOf(named)
                    .doesNotContain("solution.csv", "good.csv", "expected.json");
            try (var present = Files.list(folder)) {
                assertThat(present.filter(Files::isRegularFile)
                                .map(f -> f.getFileName().toString())
                                .filter(n -> !n.equals("competition.json") && !n.equals("solution.csv")))
                        .as("every data file of the example is published")
                        .containsExactlyInAnyOrderElementsOf(named);
            }

            String ada = api.register("ada");
            var goodAnswer = api.submit(ada, slug, good, "good");
            var badAnswer = api.submit(ada, slug, bad, "bad");
            assertThat(goodAnswer.code()).as(goodAnswer.body().string()).isEqualTo(201);
            assertThat(badAnswer.code()).as(badAnswer.body().string()).isEqualTo(201);
            double goodPublic = Api.json(goodAnswer).get("publicScore").asDouble();
            double badPublic = Api.json(badAnswer).get("publicScore").asDouble();
            assertThat(goodPublic).isCloseTo(expected.at("/good/public").asDouble(), near(expected.at("/good/public")));
            assertThat(badPublic).isCloseTo(expected.at("/bad/public").asDouble(), near(expected.at("/bad/public")));
            boolean higherIsBetter = created.get("higherIsBetter").asBoolean();
            assertThat(higherIsBetter ? goodPublic > badPublic : goodPublic < badPublic)
                    .as("good beats bad")
                    .isTrue();

            JsonNode flaw = expected.get("malformed");
            var broken = api.submit(ada, slug, malformed, "malformed");
            assertThat(broken.code()).isEqualTo(422);
            String problem = Api.json(broken).get("problems").get(0).asText();
            assertThat(problem)
                    .startsWith("line " + flaw.get("line").asInt() + ": ")
                    .contains("'" + flaw.get("value").asText() + "'");
            String idColumn = Files.readString(folder.resolve("solution.csv")).split(",", 2)[0];
            assertThat(problem)
                    .contains(
                            flaw.get("column").asText().equals(idColumn)
                                    ? "unknown id"
                                    : "column '" + flaw.get("column").asText() + "'");

            assertThat(api.post("/api/competitions/" + slug + "/close", Api.ADMIN)
                            .code())
                    .isEqualTo(200);
            JsonNode own = Api.json(api.get("/api/competitions/" + slug + "/submissions", ada));
            assertThat(own).hasSize(2);
            for (JsonNode s : own) {
                String name = s.get("description").asText();
                assertThat(s.get("privateScore").asDouble())
                        .as(name + " private")
                        .isCloseTo(
                                expected.at("/" + name + "/private").asDouble(),
                                near(expected.at("/" + name + "/private")));
            }
        });
    }

    @org.junit.jupiter.api.Test
    void aSolutionTheMetricCannotReadIsRefusedAtCreationNamingItsRow() throws Exception {
        Path folder = EXAMPLES.resolve("tgs-salt-identification");
        String solution = Files.readString(folder.resolve("solution.csv"));
        String[] lines = solution.split("\n", 3);
        String broken = lines[0] + "\n" + lines[1].replaceFirst(",[^,]*,", ",5 3 1 1,") + "\n" + lines[2];
        TestServer.run(ServerConfig.of(home, Api.ADMIN).withClock(Clock.systemUTC()), api -> {
            MultipartBody body = new MultipartBody()
                    .file("definition", "competition.json", Files.readString(folder.resolve("competition.json")))
                    .file("solution", "solution.csv", broken);
            var answer = api.postMultipart("/api/competitions", body, Api.ADMIN);
            assertThat(answer.code()).isEqualTo(400);
            assertThat(Api.json(answer).get("error").asText())
                    .isEqualTo(
                            "competition.json: metric 'rle_mask_iou_map' cannot score solution.csv: solution row 1 (id '"
                                    + lines[1].split(",")[0]
                                    + "'): column 'rle_mask': run '1 1' starts out of order (after a run at 5)");
            assertThat(Api.json(api.get("/api/competitions"))).isEmpty();

            MultipartBody textForRmse = new MultipartBody()
                    .file(
                            "definition",
                            "competition.json",
                            Zoo.definition("odd", null, 5, 1).replace("accuracy", "rmse"))
                    .file("solution", "solution.csv", "id,animal,Usage\n1,zebra,Public\n2,okapi,Private\n");
            var refused = api.postMultipart("/api/competitions", textForRmse, Api.ADMIN);
            assertThat(refused.code()).isEqualTo(400);
            assertThat(Api.json(refused).get("error").asText())
                    .startsWith(
                            "competition.json: metric 'rmse' cannot score solution.csv: the solution column 'animal'"
                                    + " is not numeric (row 1 of the solution)");
        });
    }

    private static Offset<Double> near(JsonNode expected) {
        return Offset.offset(Math.max(1e-9 * Math.abs(expected.asDouble()), 1e-12));
    }

    private static int create(StringWriter out, StringWriter err, Path folder, String origin) {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            CommandLine cmd = new CommandLine(new CompetitionCommand());
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(err, true));
            return cmd.execute("create", folder.toString(), "--server", origin, "--token", Api.ADMIN);
        } finally {
            System.setOut(saved);
        }
    }
}
