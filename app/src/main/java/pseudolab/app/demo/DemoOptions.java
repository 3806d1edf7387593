package pseudolab.app.demo;

import java.nio.file.Path;
import java.util.List;
import pseudolab.app.AppException;
import pseudolab.app.datasets.BuildOptions;
import pseudolab.harness.learn.LearnerOptions;

/**
 * What the demo does: the dataset to build, where the server keeps its home and which port it listens on,
 * the strategies to run with which learner, folds and seed, where submissions go, and whether to keep serving.
 */
public record DemoOptions(BuildOptions dataset, Path home, int port, List<String> strategies, LearnerOptions learner,
                          int folds, long seed, Path submissions, boolean exitWhenDone) {
    public static final List<String> STRATEGIES = List.of("none", "self-training", "pretraining", "simultaneous");

    public DemoOptions {
        strategies = List.copyOf(strategies);
        if (strategies.isEmpty()) {
            throw new AppException("--strategies needs at least one of " + STRATEGIES);
        }
        for (String s : strategies) {
            if (!STRATEGIES.contains(s)) {
                throw new AppException("unknown strategy '" + s + "' (known: " + String.join(", ", STRATEGIES) + ")");
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
