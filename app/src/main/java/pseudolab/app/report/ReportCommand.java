package pseudolab.app.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pseudolab.app.AppException;
import pseudolab.app.ProjectPaths;
import pseudolab.app.StrategyRunOptions;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;

/** {@code pseudolab report}: the strategy table with mean and spread over seeds, and a public-vs-private chart. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        defaultValueProvider = StrategyRunOptions.Defaults.class,
        description = {
            "Strategy table with mean and spread over seeds, and a public-vs-private chart.",
            "Runs each strategy with several seeds, scores every run on the competition's hidden",
            "Public/Private split (needs solution.csv: a host's tool), prints mean ± std and the gain over",
            "no-PL, and writes report.html and report.json under submissions/<competition>/."
        })
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--competition", required = true, description = "competition folder (with solution.csv)")
    Path competition;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds per strategy (default ${DEFAULT-VALUE})")
    int seeds;

    @Mixin
    StrategyRunOptions run;

    @Option(names = "--seed", defaultValue = "1", description = "first seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "output folder (default submissions/)")
    Path out;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 100) {
            throw new AppException("--seeds must be 1..100, got " + seeds);
        }
        RunOptions base = run.applyTo(
                        RunOptions.defaults(
                                competition, RunSpec.strategyOf(run.runs().get(0))),
                        false)
                .withSeed(seed)
                .withOutput(out != null ? out : ProjectPaths.current().submissions(), null);
        // refuse an unknown strategy or augmentation level before the first long run
        run.runs().forEach(r -> RunSpec.parse(r, base.learner().augmentation()).applyTo(base));
        new Report(new Harness(), System.out).run(base, run.runs(), seeds);
        return 0;
    }
}
