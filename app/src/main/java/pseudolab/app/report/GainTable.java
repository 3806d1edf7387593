package pseudolab.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import pseudolab.app.demo.StrategyTable;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;
import pseudolab.scoring.Usage;
import pseudolab.scoring.bootstrap.GainInterval;
import pseudolab.scoring.bootstrap.PairedBootstrap;
import pseudolab.scoring.bootstrap.Resampled;

/**
 * Each report row's gain over its no-PL row with a 95% interval and a verdict, on the Public and on the Private rows,
 * from the scoring module's paired bootstrap (the server's comparison uses the same one): every resample redraws the
 * split's rows and, for rows with several seeds, the seeds.
 */
public record GainTable(List<Line> lines) {

    /** One strategy's intervals against the no-PL row named {@code baseline}. */
    public record Line(
            String strategy, String baseline, GainInterval publicGainInterval, GainInterval privateGainInterval) {}

    public GainTable {
        lines = List.copyOf(lines);
    }

    /** Rescores every run's submission on bootstrap resamples of the solution's Public and Private rows. */
    static GainTable of(
            Solution solution, Scorer scorer, List<SeedRun> runs, StrategyTable table, PairedBootstrap bootstrap) {
        List<Predictions> predictions = runs.stream()
                .map(r -> scorer.predictions(solution, java.nio.file.Path.of(r.csv())))
                .toList();
        Map<Usage, Resampled> resampled = new HashMap<>();
        for (Usage usage : List.of(Usage.PUBLIC, Usage.PRIVATE)) {
            int[] rows = solution.rowsWith(usage);
            if (rows.length > 0 && !predictions.isEmpty()) {
                resampled.put(usage, bootstrap.run(rows, predictions));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (StrategyTable.Row row : table.rows()) {
            if (row.baseline() == null || row.baseline().equals(row.strategy()) || table.row(row.baseline()) == null) {
                continue;
            }
            int[] group = indices(runs, row.strategy());
            int[] base = indices(runs, row.baseline());
            lines.add(new Line(
                    row.strategy(),
                    row.baseline(),
                    gain(resampled.get(Usage.PUBLIC), group, base),
                    gain(resampled.get(Usage.PRIVATE), group, base)));
        }
        return new GainTable(lines);
    }

    private static GainInterval gain(Resampled resampled, int[] group, int[] base) {
        return resampled == null || group.length == 0 || base.length == 0 ? null : resampled.gain(group, base);
    }

    private static int[] indices(List<SeedRun> runs, String strategy) {
        return IntStream.range(0, runs.size())
                .filter(i -> runs.get(i).strategy().equals(strategy))
                .toArray();
    }

    /** The terminal table: one line per strategy, its public and private interval and verdict. */
    public String render(int resamples) {
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT,
                "Gain over no-PL, 95%% paired-bootstrap interval (%,d resamples of the rows;"
                        + " strategies with several seeds redraw their seeds too):",
                resamples));
        for (Line l : lines) {
            out.add(String.format(Locale.ROOT, "%-17s public  %s", l.strategy(), text(l.publicGainInterval())));
            out.add(String.format(Locale.ROOT, "%-17s private %s", "", text(l.privateGainInterval())));
        }
        return String.join(System.lineSeparator(), out);
    }

    private static String text(GainInterval interval) {
        return interval == null ? "-" : interval.text();
    }
}
