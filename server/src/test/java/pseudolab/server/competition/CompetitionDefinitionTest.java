package pseudolab.server.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.server.ServerException;
import pseudolab.server.app.Json;

class CompetitionDefinitionTest {
    private static CompetitionDefinition parse(String json) {
        return CompetitionDefinition.parse(Json.mapper(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void allKeysAreReadAndMetricParamsBecomeStrings() {
        CompetitionDefinition d = parse("{\"slug\": \"fashion-mnist-pl\", \"title\": \"T\", \"description\": \"D\","
                + " \"metric\": \"accuracy\", \"metricParams\": {\"columns\": [\"a\", \"b\"], \"k\": 3},"
                + " \"deadline\": \"2026-12-31T23:59:00Z\", \"dailyLimit\": 5, \"finalSelections\": 2, \"extra\": 1}");
        assertThat(d).isEqualTo(new CompetitionDefinition("fashion-mnist-pl", "T", "D", "accuracy",
                Map.of("columns", "a,b", "k", "3"), Instant.parse("2026-12-31T23:59:00Z"), 5, 2, java.util.List.of(),
                "plain"));
    }

    @Test
    void thePublicBoardIsPlainByDefaultOrTheLadderAndNothingElse() {
        assertThat(parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\"}").publicBoard()).isEqualTo("plain");
        assertThat(parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\", \"publicBoard\": \"ladder\"}")
                .publicBoard()).isEqualTo("ladder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse(
                "{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\", \"publicBoard\": \"Ladders\"}"))
                .hasMessage("competition.json: publicBoard must be \"plain\" or \"ladder\", not 'Ladders'");
    }

    @Test
    void publicFilesAreTheStandardOnesThenTheListedExtras() {
        CompetitionDefinition d = parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\","
                + " \"publicFiles\": [\"depths.csv\", \"train_targets.csv\"]}");
        assertThat(d.publicFileNames()).containsExactly("train.csv", "test.csv", "sample_submission.csv",
                "depths.csv", "train_targets.csv");
        assertThat(parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\"}").publicFiles()).isEmpty();
    }

    @Test
    void aSolutionFileCannotBeListedAsPublic() {
        for (String name : new String[] {"solution.csv.gz", "Solution_backup.csv", "solution.csv"}) {
            assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\","
                    + " \"publicFiles\": [\"" + name + "\"]}"))
                    .hasMessageStartingWith("competition.json: publicFiles: ").hasMessageContaining(name);
        }
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\","
                + " \"publicFiles\": [\"../secret.csv\"]}")).hasMessageContaining("'../secret.csv'");
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\","
                + " \"publicFiles\": \"depths.csv\"}")).hasMessageContaining("publicFiles must be an array");
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\","
                + " \"publicFiles\": [\"train.csv\"]}")).hasMessageContaining("'train.csv' is listed twice");
    }

    @Test
    void weightsMayBeWrittenAsAnObjectOfNumbers() {
        CompetitionDefinition d = parse("{\"slug\": \"trends\", \"title\": \"T\", \"metric\": \"weighted_nae\","
                + " \"metricParams\": {\"weights\": {\"age\": 0.3, \"domain1_var1\": 0.175}}}");
        assertThat(d.metricParams()).containsExactly(Map.entry("weights", "age:0.3,domain1_var1:0.175"));
    }

    @Test
    void missingOptionalKeysTakeDefaults() {
        CompetitionDefinition d = parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\"}");
        assertThat(d.deadline()).isNull();
        assertThat(d.dailyLimit()).isEqualTo(5);
        assertThat(d.finalSelections()).isEqualTo(2);
        assertThat(d.description()).isEmpty();
    }

    @Test
    void mistakesNameTheKeyAndTheValueWithStatus400() {
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\", \"dailyLimit\": \"5\"}"))
                .isInstanceOf(ServerException.class).hasMessage("competition.json: dailyLimit must be a whole number, not \"5\"")
                .extracting(e -> ((ServerException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"metric\": \"rmse\"}")).hasMessageContaining("title is missing");
        assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> parse("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"rmse\", \"finalSelections\": 0}"))
                .hasMessageContaining("finalSelections 0");
    }
}
