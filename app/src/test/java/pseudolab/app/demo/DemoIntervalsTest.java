package pseudolab.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The demo prints the server's gain intervals and verdicts as the page shows them. */
class DemoIntervalsTest {
    @Test
    void everyIntervalOfTheComparisonIsPrintedWithItsVerdict() throws Exception {
        var json = new ObjectMapper().readTree("""
                {"rows": [
                  {"strategy": "none", "publicMean": 0.81},
                  {"strategy": "pretraining", "publicMean": 0.82,
                   "publicGainInterval": {"low": -0.0031, "high": 0.0142, "winShare": 0.897, "verdict": "no clear difference"},
                   "privateGainInterval": {"low": 0.0012, "high": 0.0101, "winShare": 0.995, "verdict": "gain"}}]}
                """);

        String printed = Demo.intervals(json);

        assertThat(printed)
                .contains("pretraining       public  -0.0031 to +0.0142 · no clear difference (wins 90% of resamples)")
                .contains("private +0.0012 to +0.0101 · gain (wins 100% of resamples)")
                .doesNotContain("none ");
    }
}
