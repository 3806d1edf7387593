package pseudolab.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.app.AppException;
import pseudolab.app.datasets.BuildOptions;
import pseudolab.app.datasets.FashionMnistBuilder;
import pseudolab.app.datasets.RawFiles;
import pseudolab.app.demo.StrategyTable;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;

class ReportIT {
    private static final Path RAW = Path.of("..", "datasets", "fashion-mnist", "raw");

    @TempDir
    Path temp;

    @Test
    void summaryIsTheMeanAndSampleSpreadOfEachStrategysRuns() {
        List<SeedRun> runs = List.of(
                new SeedRun("none", 1, 0.70, 0.60, "a", 1),
                new SeedRun("none", 2, 0.72, 0.64, "b", 1),
                new SeedRun("pretraining", 1, 0.75, 0.66, "c", 1),
                new SeedRun("pretraining", 2, 0.77, 0.66, "d", 1));
        StrategyTable table = Report.summarise(
                runs,
                List.of(RunSpec.parse("none", Augmentation.none()), RunSpec.parse("pretraining", Augmentation.none())));
        assertThat(table.rows()).extracting(StrategyTable.Row::strategy).containsExactly("none", "pretraining");
        StrategyTable.Row none = table.rows().get(0);
        assertThat(none.publicMean()).isCloseTo(0.71, within(1e-12));
        assertThat(none.publicStd()).isCloseTo(Math.sqrt(2 * 0.01 * 0.01), within(1e-12));
        assertThat(none.privateMean()).isCloseTo(0.62, within(1e-12));
        assertThat(table.rows().get(1).privateStd()).isZero();
        assertThat(table.render()).contains("+0.0500").contains("+0.0400");
    }

    @Test
    void everyRunIsScoredOnTheHiddenSplitAndWrittenAsJsonAndHtml() throws IOException {
        Path folder = temp.resolve("fmnist");
        new FashionMnistBuilder(RawFiles.in(RAW))
                .build(BuildOptions.defaults().withLabels(60).withUnlabelled(200), folder);
        RunOptions base = RunOptions.defaults(folder, "none")
                .withLearner(LearnerOptions.defaults().withEpochs(2).withMinUpdates(40))
                .withFolds(1, false)
                .withOutput(temp.resolve("out"), null);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Report.Result result = new Report(new Harness(), new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(base, List.of("none", "self-training"), 2);

        assertThat(result.runs()).hasSize(4).extracting(SeedRun::seed).containsExactly(1L, 1L, 2L, 2L);
        assertThat(result.runs()).allSatisfy(r -> {
            assertThat(r.publicScore()).isBetween(0.0, 1.0);
            assertThat(r.privateScore()).isBetween(0.0, 1.0);
            assertThat(Path.of(r.csv())).exists();
        });
        assertThat(result.table().rows())
                .allSatisfy(row -> assertThat(row.runs()).isEqualTo(2));
        assertThat(Files.readString(result.json())).contains("\"self-training\"", "\"privateScore\"");
        String html = Files.readString(result.html());
        assertThat(html).contains("data-strategy=\"none\"", "data-strategy=\"self-training\"", "<svg");
        assertThat(html.split("<title>").length - 2).isEqualTo(4);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("no PL (none)")
                .contains("Gain over no-PL, 95% paired-bootstrap interval")
                .containsPattern("self-training +public .* to .* · ");
        assertThat(Files.readString(result.json())).contains("\"gainIntervals\"", "\"verdict\"");
    }

    @Test
    void aFolderWithoutItsSolutionIsRefusedByName() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("public-only"));
        RunOptions base = RunOptions.defaults(folder, "none");
        assertThatThrownBy(() -> new Report(new Harness(), System.out).run(base, List.of("none"), 1))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("solution.csv");
    }
}
