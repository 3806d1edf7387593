package pseudolab.app;

import java.util.List;
import picocli.CommandLine.Option;
import pseudolab.harness.learn.LearnerOptions;

/** The picocli options the demo and the report share: which strategies to run, how long, with how many folds. */
public final class StrategyRunOptions {
    @Option(names = "--strategies", split = ",", defaultValue = "none,self-training,pretraining,simultaneous",
            description = "strategies to run (default ${DEFAULT-VALUE})")
    private List<String> strategies;

    @Option(names = "--epochs", defaultValue = "15", description = "training epochs per model (default ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--folds", defaultValue = "1", description = "fold models per run (default ${DEFAULT-VALUE})")
    private int folds;

    public List<String> strategies() {
        return strategies;
    }

    public int folds() {
        return folds;
    }

    /** The default learner with the chosen epochs. */
    public LearnerOptions learner() {
        return LearnerOptions.defaults().withEpochs(epochs);
    }
}
