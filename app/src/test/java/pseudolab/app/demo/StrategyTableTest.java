package pseudolab.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyTableTest {
    private final StrategyTable fromServer = new StrategyTable(List.of(
            new StrategyTable.Row("none", 1, 0.81, 0, 0.80, 0),
            new StrategyTable.Row("label-propagation", 1, 0.82, 0, 0.83, 0)));

    @Test
    void theDemosMeasuredRunTimesJoinTheServersScores() {
        StrategyTable timed = fromServer.withWallTimes(
                Map.of("none", StrategyTable.WallTime.of(23.4), "label-propagation", StrategyTable.WallTime.of(88.6)));

        assertThat(timed.row("none").wallTime()).isEqualTo(new StrategyTable.WallTime(23.4, 23.4));
        assertThat(timed.row("label-propagation").privateMean()).isEqualTo(0.83);
        assertThat(timed.render())
                .contains("time per run")
                .containsPattern("no PL \\(none\\) .* 23 s")
                .containsPattern("label-propagation .* \\+0\\.0300 +89 s");
    }

    @Test
    void aRowWithoutAMeasuredTimeKeepsAnEmptyCell() {
        StrategyTable timed = fromServer.withWallTimes(Map.of("none", StrategyTable.WallTime.of(23.4)));
        assertThat(timed.row("label-propagation").wallTime()).isNull();
        assertThat(fromServer.render()).doesNotContain("time per run");
    }

    @Test
    void aSpanShowsItsShortestAndLongestRun() {
        assertThat(StrategyTable.WallTime.of(352.3, 68.2, 108.4).render()).isEqualTo("68-352 s");
        assertThat(StrategyTable.WallTime.of(41.6).render()).isEqualTo("42 s");
    }
}
