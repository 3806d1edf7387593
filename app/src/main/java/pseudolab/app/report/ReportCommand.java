package pseudolab.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pseudolab.app.AppException;
import pseudolab.app.ProjectPaths;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.learn.LearnerOptions;

/** {@code pseudolab report}: the strategy table with mean and spread over seeds, and a public-vs-private chart. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Strategy table with mean and spread over seeds, and a public-vs-private chart.",
                "Runs each strategy with several seeds, scores every run on the competition's hidden",
                "Public/Private split (needs solution.csv: a host's tool), prints mean ± std and the gain over",
                "no-PL, and writes report.html and report.json under submissions/<competition>/."})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--competition", required = true, description = "competition folder (with solution.csv)")
    Path competition;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds per strategy (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--strategies", split = ",", defaultValue = "none,self-training,pretraining,simultaneous",
            description = "strategies (default ${DEFAULT-VALUE})")
    List<String> strategies;

    @Option(names = "--epochs", defaultValue = "15", description = "training epochs per model (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--folds", defaultValue = "1", description = "fold models per run (default ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "first seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "output folder (default submissions/)")
    Path out;

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 100) {
            throw new AppException("--seeds must be 1..100, got " + seeds);
        }
        RunOptions base = RunOptions.defaults(competition, strategies.get(0))
                .withLearner(LearnerOptions.defaults().withEpochs(epochs)).withFolds(folds, false).withSeed(seed)
                .withOutput(out != null ? out : ProjectPaths.current().submissions(), null);
        strategies.forEach(base::withStrategy); // refuse an unknown strategy before the first long run
        new Report(new Harness(), System.out).run(base, strategies, seeds);
        return 0;
    }
}
