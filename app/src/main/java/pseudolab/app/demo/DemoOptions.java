package pseudolab.app.demo;

import java.nio.file.Path;
import java.util.List;
import pseudolab.app.AppException;
import pseudolab.app.datasets.BuildOptions;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyOptions;

/**
 * What the demo does: the dataset to build, where the server keeps its home and which port it listens on,
 * the strategies to run with which learner, folds and seed, where submissions go, and whether to keep serving.
 */
public record DemoOptions(
        BuildOptions dataset,
        Path home,
        int port,
        List<String> strategies,
        LearnerOptions learner,
        int folds,
        long seed,
        Path submissions,
        boolean exitWhenDone,
        ImageShape image,
        StrategyOptions strategyOptions) {
    /** What the demo runs by default: the strategies that declare they fit its five minutes on 2 cores. */
    public static final List<String> STRATEGIES = Strategies.demo();

    /** Options without an image shape, with default strategy settings. */
    public DemoOptions(
            BuildOptions dataset,
            Path home,
            int port,
            List<String> strategies,
            LearnerOptions learner,
            int folds,
            long seed,
            Path submissions,
            boolean exitWhenDone) {
        this(
                dataset,
                home,
                port,
                strategies,
                learner,
                folds,
                seed,
                submissions,
                exitWhenDone,
                null,
                StrategyOptions.defaults());
    }

    public DemoOptions {
        strategies = List.copyOf(strategies);
        if (strategies.isEmpty()) {
            throw new AppException("--strategies needs at least one of " + Strategies.names());
        }
        for (String s : strategies) {
            if (s.contains(":")) {
                throw new AppException("'" + s + "': the demo runs every strategy at one augmentation (--augment); "
                        + "NAME:LEVEL is for report");
            }
            if (!Strategies.names().contains(s)) {
                throw new AppException(
                        "unknown strategy '" + s + "' (known: " + String.join(", ", Strategies.names()) + ")");
            }
        }
        if (port < 0 || port > 65_535) {
            throw new AppException("--port must be 0..65535, got " + port);
        }
        if (folds < 1) {
            throw new AppException("--folds must be at least 1, got " + folds);
        }
    }
}
