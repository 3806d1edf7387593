package pseudolab.server.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategiesTest {
    @ParameterizedTest(name = "''{0}'' is strategy {1}")
    @CsvSource(delimiter = '|', value = {
        "self-training (k=3, threshold 0.9)|self-training",
        "Pretraining then fine-tune|pretraining",
        "noisy-student(seed 1)|noisy-student",
        "none|none",
        "No-PL mlp|none",
        "baseline majority class|none",
        "  Self-Training|self-training",
        "''|unnamed"})
    void theStrategyIsTheLowerCasedTextBeforeTheFirstSpaceOrParenthesis(String description, String strategy) {
        assertThat(Strategies.of(description)).isEqualTo(strategy);
    }
}
