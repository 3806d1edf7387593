package pseudolab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pseudolab.app.demo.StrategyTable;
import pseudolab.harness.learn.Augmentation;

class ReportPageTest {
    private static final List<String> EIGHT = List.of(
            "none:none",
            "none",
            "self-training",
            "pretraining",
            "simultaneous",
            "consistency",
            "noisy-student",
            "label-propagation");

    @Test
    void eachStrategyHasTheSpanOfItsRunsWallTimesInTheTableAndOnThePage() {
        List<SeedRun> runs = List.of(
                new SeedRun("none", 1, 0.70, 0.60, "a", 68.2),
                new SeedRun("none", 2, 0.72, 0.64, "b", 108.4),
                new SeedRun("pretraining", 1, 0.75, 0.66, "c", 352),
                new SeedRun("pretraining", 2, 0.77, 0.66, "d", 352.3));
        StrategyTable table = Report.summarise(runs, specs(List.of("none", "pretraining")));

        assertThat(table.row("none").wallTime()).isEqualTo(new StrategyTable.WallTime(68.2, 108.4));
        assertThat(table.render())
                .contains("time per run")
                .containsPattern("no PL \\(none\\) .* 68-108 s")
                .containsPattern("pretraining .* 352 s");
        assertThat(new ReportPage("t", "accuracy", runs, table).html())
                .contains("<th>wall time per run</th>", "<td>68-108 s</td>", "<td>352 s</td>");
    }

    @Test
    void aTableWithoutWallTimesHasNoTimeColumn() {
        StrategyTable table = new StrategyTable(List.of(new StrategyTable.Row("none", 1, 0.7, 0, 0.6, 0)));
        assertThat(table.render()).doesNotContain("time per run");
    }

    @Test
    void eightStrategiesGetEightDifferentColoursOnTheChart() {
        List<SeedRun> runs = new ArrayList<>();
        for (int i = 0; i < EIGHT.size(); i++) {
            runs.add(new SeedRun(EIGHT.get(i), 1, 0.70 + i / 100.0, 0.60 + i / 100.0, "x" + i, 1));
        }
        String html = new ReportPage("t", "accuracy", runs, Report.summarise(runs, specs(EIGHT))).html();

        Matcher fill = Pattern.compile("fill=\"(#[0-9a-f]{6})\"").matcher(html);
        List<String> colours = new ArrayList<>();
        while (fill.find()) {
            colours.add(fill.group(1));
        }
        assertThat(colours).hasSize(2 * EIGHT.size()); // one point per run, one legend marker per strategy
        assertThat(colours.stream().distinct().count()).isEqualTo(EIGHT.size());
    }

    @Test
    void pastTheTenColoursTheMarkersChangeShapeSoNoTwoStrategiesLookAlike() {
        List<String> markers = IntStream.range(0, 30)
                .mapToObj(i -> ReportPage.marker(i, 10, 10, 5, null))
                .toList();
        assertThat(markers).doesNotHaveDuplicates();
        assertThat(markers.get(0)).startsWith("<circle");
        assertThat(markers.get(10)).startsWith("<rect");
        assertThat(markers.get(20)).startsWith("<polygon");
    }

    private static List<RunSpec> specs(List<String> labels) {
        return labels.stream().map(s -> RunSpec.parse(s, Augmentation.none())).toList();
    }
}
