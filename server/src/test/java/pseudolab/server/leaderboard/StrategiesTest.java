package pseudolab.server.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategiesTest {
    @ParameterizedTest(name = "declared ''{0}'' is in group {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "self-training|self-training",
                "Pretraining|pretraining",
                "noisy-student|noisy-student",
                "none:weak|none:weak",
                "none|none",
                "No-PL|none",
                "baseline|none",
                "  Self-Training  |self-training"
            })
    void theGroupIsTheDeclaredStrategyLowerCasedWithNoPlNamesAsNone(String strategy, String group) {
        assertThat(Strategies.of(strategy)).isEqualTo(group);
    }

    @ParameterizedTest(name = "declared ''{0}'' is in no group")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {"NULL", "''", "'   '"})
    void aSubmissionThatDeclaresNoStrategyIsInNoGroup(String strategy) {
        assertThat(Strategies.of(strategy)).isNull();
    }
}
