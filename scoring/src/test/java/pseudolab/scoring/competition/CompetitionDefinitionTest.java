package pseudolab.scoring.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetitionDefinitionTest {
    private static final Path EXAMPLES = Path.of("..", "datasets", "examples");

    @TempDir
    Path temp;

    private static CompetitionDefinition parse(String json) {
        return CompetitionDefinition.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static CompetitionDefinition full() {
        return new CompetitionDefinition(
                "fashion-mnist-pl",
                "Fashion",
                "Classify images.",
                "classification",
                "accuracy",
                Map.of("columns", "Label"),
                Instant.parse("2026-12-31T23:59:00Z"),
                7,
                3,
                List.of("depths.csv"),
                "ladder",
                new ObjectMapper().createObjectNode().put("labels", 1000).put("seed", 1L));
    }

    @Test
    void everyKeyIsReadAndMetricParamsBecomeWhatTheMetricFactoryTakes() {
        CompetitionDefinition d = parse("{\"slug\": \"fashion-mnist-pl\", \"title\": \"T\", \"description\": \"D\","
                + " \"metric\": \"mcrmse\", \"metricParams\": {\"columns\": [\"a\", \"b\"]}, \"task\": \"regression\","
                + " \"deadline\": \"2026-12-31T23:59:00Z\", \"dailyLimit\": 4, \"finalSelections\": 1,"
                + " \"publicFiles\": [\"depths.csv\"], \"publicBoard\": \"ladder\", \"extra\": 1}");
        assertThat(d)
                .isEqualTo(new CompetitionDefinition(
                        "fashion-mnist-pl",
                        "T",
                        "D",
                        "regression",
                        "mcrmse",
                        Map.of("columns", "a,b"),
                        Instant.parse("2026-12-31T23:59:00Z"),
                        4,
                        1,
                        List.of("depths.csv"),
                        "ladder",
                        null));
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "\"a,b\"                          | a,b",
                "[\"a\", \"b\"]                   | a,b",
                "[\"a\"]                          | a",
                "101                              | 101",
                "0.5                              | 0.5",
                "[0.5, 0.75]                      | 0.5,0.75",
                "{\"age\": 0.3, \"domain1_var1\": 0.175} | age:0.3,domain1_var1:0.175",
            })
    void aParameterMayBeAStringANumberAnArrayOrAnObject(String json, String expected) {
        CompetitionDefinition d = parse("{\"slug\": \"s\", \"metricParams\": {\"p\": " + json + "}}");
        assertThat(d.metricParams()).containsExactly(Map.entry("p", expected));
    }

    @Test
    void writingThenReadingGivesTheSameDefinition(@TempDir Path folder) throws IOException {
        CompetitionDefinition d = full();
        Path file = d.write(folder);
        assertThat(file).isEqualTo(folder.resolve("competition.json"));
        assertThat(CompetitionDefinition.read(folder)).isEqualTo(d);
        assertThat(CompetitionDefinition.parse(d.toJson())).isEqualTo(d);
        assertThat(Files.readString(file))
                .contains("\"metricParams\"", "\"publicBoard\" : \"ladder\"")
                .doesNotContain("null");
        CompetitionDefinition minimal = CompetitionDefinition.of("s", null, null);
        assertThat(CompetitionDefinition.parse(minimal.toJson())).isEqualTo(minimal);
    }

    @Test
    void theBuildRecordIsAnObjectThatTheRecordDoesNotLetChange() {
        CompetitionDefinition d = full();
        ((com.fasterxml.jackson.databind.node.ObjectNode) d.build()).put("labels", 5);
        assertThat(d.build().get("labels").asInt()).isEqualTo(1000);
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"build\": 3}"))
                .hasMessage("competition.json: build must be an object, not 3");
    }

    @Test
    void aFolderWithoutCompetitionJsonHasItsNameAsSlugAndNoDeclaredMetric() throws IOException {
        CompetitionDefinition d = CompetitionDefinition.read(Files.createDirectories(temp.resolve("digits")));
        assertThat(d.slug()).isEqualTo("digits");
        assertThat(d.metricDeclared()).isFalse();
        assertThat(d.title()).isNull();
        assertThat(d.publicBoard()).isEqualTo("plain");
        Path odd = Files.createDirectories(temp.resolve("My_Comp v2"));
        Files.writeString(odd.resolve("competition.json"), "{\"metric\": \"rmse\"}");
        assertThat(CompetitionDefinition.read(odd).slug()).isEqualTo("my-comp-v2");
    }

    @Test
    void readAsWrittenNeedsTheFileAndItsSlugAsAServerDoes() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("digits"));
        assertThatThrownBy(() -> CompetitionDefinition.readAsWritten(folder))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("cannot read " + folder.resolve("competition.json"));
        Files.writeString(folder.resolve("competition.json"), "{\"title\": \"T\", \"metric\": \"rmse\"}");
        assertThatThrownBy(() -> CompetitionDefinition.readAsWritten(folder))
                .hasMessageStartingWith("competition.json: slug is missing");
        assertThat(CompetitionDefinition.read(folder).slug()).isEqualTo("digits");
    }

    @Test
    void aRegressionThatDeclaresNoMetricIsScoredByRmseAndEverythingElseByAccuracy() {
        CompetitionDefinition none = CompetitionDefinition.of("s", "T", null);
        assertThat(none.metricFor("regression")).isEqualTo("rmse");
        assertThat(none.createMetric("regression").name()).isEqualTo("rmse");
        assertThat(none.metricFor("classification")).isEqualTo("accuracy");
        assertThat(none.metricFor(null)).isEqualTo("accuracy");
        CompetitionDefinition mae = CompetitionDefinition.of("s", "T", "mae");
        assertThat(mae.metricFor("regression")).isEqualTo("mae");
        assertThat(mae.metricFor("classification")).isEqualTo("mae");
    }

    @Test
    void parametersTheDefaultMetricCannotTakeAreNamedWithTheDefault() {
        CompetitionDefinition d = parse("{\"slug\": \"s\", \"metricParams\": {\"height\": 3}}");
        assertThatThrownBy(() -> d.createMetric("regression"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("competition.json: metric 'rmse' has no parameter 'height'")
                .hasMessageEndingWith("('rmse' is the default when no metric is declared)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "{\"title\": \"T\"}                                          | competition.json: slug is missing (1-63 lower-case letters, digits or '-', starting with a letter or digit)",
                "{\"slug\": \"Bad Slug\"}                                    | competition.json: slug 'Bad Slug' must be 1-63 lower-case letters, digits or '-', starting with a letter or digit",
                "{\"slug\": 7}                                               | competition.json: slug must be a string, not 7",
                "{\"slug\": \"s\", \"title\": \" \"}                          | competition.json: title is blank; write one or leave the key out",
                "{\"slug\": \"s\", \"task\": \"ranking\"}                     | competition.json: task must be \"classification\" or \"regression\", not 'ranking'",
                "{\"slug\": \"s\", \"metric\": \"accurasy\"}                  | competition.json: unknown metric 'accurasy'",
                "{\"slug\": \"s\", \"metric\": \"accuracy\", \"metricParams\": {\"k\": 3}} | competition.json: metric 'accuracy' has no parameter 'k' (known: columns)",
                "{\"slug\": \"s\", \"metric\": \"accuracy\", \"metricParams\": {\"columns\": []}} | competition.json: metric 'accuracy': empty column name in columns=''",
                "{\"slug\": \"s\", \"metricParams\": {\"columns\": null}}     | competition.json: metricParams.columns must be a string, a number, an array or an object, not null",
                "{\"slug\": \"s\", \"metricParams\": {\"columns\": [[\"a\"]]}} | competition.json: metricParams.columns may hold strings and numbers, not [\"a\"]",
                "{\"slug\": \"s\", \"metricParams\": {\"columns\": [\"a,b\"]}} | competition.json: metricParams.columns: 'a,b' contains a comma, which separates the items",
                "{\"slug\": \"s\", \"metricParams\": [\"columns\"]}           | competition.json: metricParams must be an object such as {\"columns\": [\"a\", \"b\"]}, not [\"columns\"]",
                "{\"slug\": \"s\", \"dailyLimit\": \"5\"}                     | competition.json: dailyLimit must be a whole number, not \"5\"",
                "{\"slug\": \"s\", \"dailyLimit\": 0}                         | competition.json: dailyLimit 0 must be at least 1",
                "{\"slug\": \"s\", \"finalSelections\": 0}                    | competition.json: finalSelections 0 must be at least 1",
                "{\"slug\": \"s\", \"deadline\": \"tomorrow\"}                | competition.json: deadline 'tomorrow' is not an ISO-8601 UTC time such as 2026-12-31T23:59:00Z",
                "{\"slug\": \"s\", \"publicBoard\": \"Ladders\"}              | competition.json: publicBoard must be \"plain\" or \"ladder\", not 'Ladders'",
                "{\"slug\": \"s\", \"publicFiles\": \"depths.csv\"}           | competition.json: publicFiles must be an array of file names such as [\"depths.csv\"], not \"depths.csv\"",
                "{\"slug\": \"s\", \"publicFiles\": [\"solution_backup.csv\"]} | competition.json: publicFiles: 'solution_backup.csv' starts with 'solution'; solution files are never public",
                "{\"slug\": \"s\", \"publicFiles\": [\"Solution.csv.gz\"]}    | competition.json: publicFiles: 'Solution.csv.gz' starts with 'solution'; solution files are never public",
                "{\"slug\": \"s\", \"publicFiles\": [\"../secret.csv\"]}      | competition.json: publicFiles: public file name '../secret.csv' must be a plain file name such as train.csv",
                "{\"slug\": \"s\", \"publicFiles\": [\"train.csv\"]}          | competition.json: publicFiles: 'train.csv' is listed twice (train.csv, test.csv and sample_submission.csv are public without being listed)",
                "[1]                                                        | competition.json: expected a JSON object such as {\"slug\": \"my-competition\", ...}",
            })
    void aMistakeIsRefusedWithAMessageNamingTheKeyAndTheValue(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void brokenJsonIsRefusedWithItsLineAndColumnAndADuplicatedKeyIsNotGuessedAt() {
        assertThatThrownBy(() -> parse("{\n  \"slug\": \"s\",\n  \"metric\" \"rmse\"\n}"))
                .hasMessageStartingWith("competition.json: not valid JSON at line 3, column 12: ");
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"metric\": \"rmse\", \"metric\": \"mae\"}"))
                .hasMessageContaining("Duplicate field 'metric'");
    }

    @Test
    void everyExampleCompetitionIsReadAndWrittenBackUnchangedInMeaning() throws IOException {
        List<Path> folders;
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            folders = listed.filter(f -> Files.isRegularFile(f.resolve("competition.json")))
                    .sorted()
                    .toList();
        }
        assertThat(folders).hasSize(6);
        for (Path folder : folders) {
            CompetitionDefinition d = CompetitionDefinition.read(folder);
            assertThat(d.slug()).isEqualTo(folder.getFileName().toString());
            assertThat(d.metricDeclared()).as(d.slug()).isTrue();
            assertThat(d.createMetric(null).name()).isEqualTo(d.metric());
            assertThat(CompetitionDefinition.read(
                            d.write(temp.resolve(d.slug())).getParent()))
                    .isEqualTo(d);
        }
        assertThat(CompetitionDefinition.read(EXAMPLES.resolve("lish-moa")).publicFiles())
                .containsExactly("train_features.csv", "train_targets_scored.csv", "test_features.csv");
        assertThat(CompetitionDefinition.read(EXAMPLES.resolve("tgs-salt-identification"))
                        .metricParams())
                .containsExactly(Map.entry("height", "101"), Map.entry("width", "101"));
    }
}
