package pseudolab.server.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.server.ServerException;

class HostingRulesTest {
    private static CompetitionDefinition hosted(String json) {
        return HostingRules.check(CompetitionDefinition.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHostedCompetitionNeedsATitleAndADeclaredMetricWithStatus400() {
        assertThatThrownBy(() -> hosted("{\"slug\": \"s\", \"metric\": \"rmse\"}"))
                .isInstanceOf(ServerException.class)
                .hasMessage("competition.json: title is missing")
                .extracting(e -> ((ServerException) e).status())
                .isEqualTo(400);
        assertThatThrownBy(() -> hosted("{\"slug\": \"s\", \"title\": \"T\"}"))
                .hasMessage("competition.json: metric is missing");
    }

    @Test
    void metricParamsValuesKeepTheServersTextLimits() {
        String longValue = "a".repeat(201);
        assertThatThrownBy(() -> hosted("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"accuracy\","
                        + " \"metricParams\": {\"columns\": \"" + longValue + "\"}}"))
                .hasMessage("competition.json: metricParams.columns has 201 characters; the limit is 200");
    }

    @Test
    void aCompleteDefinitionPassesUnchanged() {
        CompetitionDefinition d = hosted("{\"slug\": \"s\", \"title\": \"T\", \"metric\": \"accuracy\","
                + " \"metricParams\": {\"columns\": [\"a\", \"b\"]}}");
        assertThat(d.metricParams()).containsExactly(Map.entry("columns", "a,b"));
    }
}
