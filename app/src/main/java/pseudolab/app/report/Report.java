package pseudolab.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pseudolab.app.AppException;
import pseudolab.app.demo.StrategyTable;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.RunResult;
import pseudolab.scoring.Score;
import pseudolab.scoring.ScoreSpread;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;
import pseudolab.scoring.bootstrap.PairedBootstrap;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * Runs each strategy with several seeds on a competition folder, scores every submission on the folder's hidden
 * solution (a host's tool: it needs solution.csv), and summarises mean and spread per strategy so that a gain can
 * be told from seed noise. Writes report.json and report.html (with a public-vs-private chart) beside the runs.
 */
public final class Report {
    private final Harness harness;
    private final PrintStream out;

    public Report(Harness harness, PrintStream out) {
        this.harness = harness;
        this.out = out;
    }

    /** Everything the report found: the runs, the table and the files written. */
    public record Result(List<SeedRun> runs, StrategyTable table, GainTable gains, Path json, Path html) {}

    public Result run(RunOptions base, List<String> strategies, int seeds) {
        Path folder = base.competition();
        Path solutionFile = folder.resolve("solution.csv");
        if (!Files.isRegularFile(solutionFile)) {
            throw new AppException("the report scores runs on the hidden split and needs " + solutionFile
                    + " (a host's file); it is missing");
        }
        CompetitionDefinition definition = CompetitionDefinition.read(folder);
        Solution solution = Solution.read(solutionFile);
        String metric = null; // the task the harness ran decides the metric when competition.json declares none
        Scorer scorer = null;
        List<SeedRun> runs = new ArrayList<>();
        List<RunSpec> specs = strategies.stream()
                .map(s -> RunSpec.parse(s, base.learner().augmentation()))
                .toList();
        for (int s = 1; s <= seeds; s++) {
            for (RunSpec spec : specs) {
                long seed = base.seed() + s - 1;
                out.printf(
                        Locale.ROOT,
                        "[%d/%d] %s, seed %d%n",
                        runs.size() + 1,
                        seeds * specs.size(),
                        spec.label(),
                        seed);
                long start = System.nanoTime();
                RunResult result = harness.run(spec.applyTo(base)
                        .withSeed(seed)
                        .withOutput(base.out(), "report-" + spec.label().replace(':', '-') + "-seed" + seed));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (scorer == null) {
                    metric = definition.metricFor(result.provenance().data().task());
                    scorer = new Scorer(
                            definition.createMetric(result.provenance().data().task()));
                }
                Score score = scorer.score(solution, result.csv());
                out.printf(
                        Locale.ROOT,
                        "      public %.4f  private %.4f  (%.0f s)%n",
                        score.publicScore(),
                        score.privateScore(),
                        seconds);
                runs.add(new SeedRun(
                        spec.label(),
                        seed,
                        score.publicScore(),
                        score.privateScore(),
                        result.csv().toString(),
                        seconds));
            }
        }
        StrategyTable table = summarise(runs, specs);
        PairedBootstrap bootstrap = PairedBootstrap.seededBy(definition.slug());
        GainTable gains = GainTable.of(solution, scorer, runs, table, bootstrap);
        Path dir = base.out().resolve(definition.slug());
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        write(json, html, definition, metric, runs, table, gains);
        out.println();
        out.println(table.render());
        out.println();
        out.println(gains.render(bootstrap.resamples()));
        out.println();
        out.println("report: " + html);
        return new Result(runs, table, gains, json, html);
    }

    /**
     * Mean and sample standard deviation per run spec, in the order given, each against its matching no-PL row, with
     * the span of its runs' wall times.
     */
    static StrategyTable summarise(List<SeedRun> runs, List<RunSpec> specs) {
        List<StrategyTable.Row> rows = new ArrayList<>();
        for (RunSpec spec : specs) {
            String label = spec.label();
            List<SeedRun> own =
                    runs.stream().filter(r -> r.strategy().equals(label)).toList();
            ScoreSpread p = ScoreSpread.of(
                    own.stream().mapToDouble(SeedRun::publicScore).toArray());
            ScoreSpread q = ScoreSpread.of(
                    own.stream().mapToDouble(SeedRun::privateScore).toArray());
            StrategyTable.WallTime time = own.isEmpty()
                    ? null
                    : StrategyTable.WallTime.of(
                            own.stream().mapToDouble(SeedRun::seconds).toArray());
            String baseline = specs.stream()
                    .filter(b -> b.strategy().equals("none") && b.level() == spec.baselineLevel())
                    .map(RunSpec::label)
                    .findFirst()
                    .orElse(null); // no matching no-PL row: no gain shown
            rows.add(new StrategyTable.Row(label, own.size(), p.mean(), p.std(), q.mean(), q.std(), baseline, time));
        }
        return new StrategyTable(rows);
    }

    private void write(
            Path json,
            Path html,
            CompetitionDefinition definition,
            String metric,
            List<SeedRun> runs,
            StrategyTable table,
            GainTable gains) {
        try {
            Files.createDirectories(json.getParent());
            new ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(
                            json.toFile(),
                            Map.of(
                                    "competition",
                                    definition.slug(),
                                    "metric",
                                    metric,
                                    "runs",
                                    runs,
                                    "strategies",
                                    table.rows(),
                                    "gainIntervals",
                                    gains.lines()));
            String title = definition.title() == null ? definition.slug() : definition.title();
            Files.writeString(html, new ReportPage(title, metric, runs, table).html());
        } catch (IOException e) {
            throw new AppException("cannot write the report to " + json.getParent() + ": " + e.getMessage(), e);
        }
    }
}
