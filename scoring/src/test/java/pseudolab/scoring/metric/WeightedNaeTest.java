package pseudolab.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.ScoringException;

/** weighted_nae's parameters and in-memory use; its scores are checked through solution files in KaggleFormatsTest. */
class WeightedNaeTest {

    @Test
    void weightsAreRequiredAsNameColonNumber() {
        assertThatThrownBy(() -> Metrics.create("weighted_nae", Map.of()))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("metric 'weighted_nae' needs the parameter weights (e.g. weights=age:0.3,");
        assertThatThrownBy(() -> Metrics.create("weighted_nae", Map.of("weights", "age:0.3,domain1_var1")))
                .hasMessageStartingWith("metric 'weighted_nae': 'domain1_var1' in weights='age:0.3,domain1_var1' is not"
                        + " name:weight");
        assertThatThrownBy(() -> Metrics.create("weighted_nae", Map.of("weights", "age:0.3,age:0.7")))
                .hasMessage("metric 'weighted_nae': 'age' is listed twice in weights");
        WeightedNae metric =
                (WeightedNae) Metrics.create("weighted_nae", Map.of("weights", "age:0.3, domain1_var1:0.7"));
        assertThat(metric.weights()).containsExactly(Map.entry("age", 0.3), Map.entry("domain1_var1", 0.7));
        assertThat(metric.higherIsBetter()).isFalse();
    }

    @Test
    void inMemoryEvaluationWithoutIdsIsRefusedClearly() {
        assertThatThrownBy(() -> Metrics.create("weighted_nae", Map.of("weights", "age:1"))
                        .evaluate(
                                List.of("Predicted"),
                                List.<String[]>of(new String[] {"10"}),
                                List.<String[]>of(new String[] {"12"})))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("reads each row's target from its id; score it against a solution file");
    }
}
