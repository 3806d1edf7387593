package pseudolab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.app.demo.StrategyTable;
import pseudolab.harness.learn.Augmentation;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;
import pseudolab.scoring.Usage;
import pseudolab.scoring.bootstrap.PairedBootstrap;
import pseudolab.scoring.bootstrap.Verdict;

/** The report's gain intervals: the scoring module's paired bootstrap on the runs' submission files. */
class GainTableTest {
    private static final int PUBLIC = 400;
    private static final int ROWS = 1000;

    @TempDir
    Path temp;

    private String solution() {
        StringBuilder csv = new StringBuilder("id,y,Usage\n");
        for (int id = 0; id < ROWS; id++) {
            csv.append(id)
                    .append(',')
                    .append(id % 3)
                    .append(',')
                    .append(id < PUBLIC ? "Public" : "Private")
                    .append('\n');
        }
        return csv.toString();
    }

    /** A submission right except on every {@code wrongEvery}-th row from {@code offset} (none when 0). */
    private String submission(String name, int wrongEvery, int offset) throws IOException {
        StringBuilder csv = new StringBuilder("id,y\n");
        for (int id = 0; id < ROWS; id++) {
            boolean wrong = wrongEvery > 0 && (id + offset) % wrongEvery == 0;
            csv.append(id).append(',').append(wrong ? (id + 1) % 3 : id % 3).append('\n');
        }
        return Files.writeString(temp.resolve(name + ".csv"), csv).toString();
    }

    @Test
    void eachStrategyGetsItsIntervalAndVerdictOnBothSplitsAsTheScoringModuleComputesThem() throws IOException {
        Solution solution = Solution.read(Files.writeString(temp.resolve("solution.csv"), solution()));
        Scorer scorer = new Scorer(Metrics.create("accuracy"));
        List<SeedRun> runs = List.of(
                new SeedRun("none", 1, 0, 0, submission("none", 4, 0), 1),
                new SeedRun("copy", 1, 0, 0, submission("copy", 4, 0), 1),
                new SeedRun("pretraining", 1, 0, 0, submission("pre", 20, 1), 1));
        StrategyTable table = Report.summarise(
                runs,
                List.of(
                        RunSpec.parse("none", Augmentation.none()),
                        RunSpec.parse("copy", Augmentation.none()),
                        RunSpec.parse("pretraining", Augmentation.none())));
        PairedBootstrap bootstrap = new PairedBootstrap(500, 42);

        GainTable gains = GainTable.of(solution, scorer, runs, table, bootstrap);

        assertThat(gains.lines()).extracting(GainTable.Line::strategy).containsExactly("copy", "pretraining");
        GainTable.Line copy = gains.lines().get(0);
        assertThat(copy.publicGainInterval().low()).isEqualTo(0.0);
        assertThat(copy.publicGainInterval().high()).isEqualTo(0.0);
        assertThat(copy.privateGainInterval().verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
        GainTable.Line pre = gains.lines().get(1);
        assertThat(pre.publicGainInterval().verdict()).isEqualTo(Verdict.GAIN);
        assertThat(pre.privateGainInterval().verdict()).isEqualTo(Verdict.GAIN);
        var direct = bootstrap.run(
                solution.rowsWith(Usage.PRIVATE),
                List.of(
                        scorer.predictions(solution, Path.of(runs.get(2).csv())),
                        scorer.predictions(solution, Path.of(runs.get(0).csv()))));
        assertThat(pre.privateGainInterval()).isEqualTo(direct.gain(0, 1));
        String printed = gains.render(500);
        assertThat(printed)
                .contains("500 resamples")
                .contains("+0.0000 to +0.0000 · no clear difference (wins 50% of resamples)")
                .contains("· gain (wins 100% of resamples)");
    }
}
