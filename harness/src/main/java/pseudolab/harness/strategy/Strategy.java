package pseudolab.harness.strategy;

import java.util.List;
import java.util.Map;
import pseudolab.harness.learn.LearnerOptions;

/**
 * A pseudolabelling strategy: trains one final model per fold using the workbench and returns them in fold order.
 * It declares its name and summary ({@link #info()}), the words it adds to a submission's description and the
 * parameters it records in the provenance; {@link Strategies} lists the registered ones.
 */
public interface Strategy {
    /** The strategy's name, summary and defaults (one constant per class). */
    StrategyInfo info();

    /** The CLI name, e.g. {@code self-training}. */
    default String name() {
        return info().name();
    }

    List<Trained> run(Workbench bench);

    /**
     * This strategy's settings as words of the submission description (after the learner's, each with a leading
     * space): by default the rounds and the pseudolabel selection.
     */
    default String describe(Selection selection, int rounds, boolean regression) {
        return " rounds=" + rounds + selection.describe(regression);
    }

    /** The strategy's own parameters for the provenance's options (none by default), given the run's learner. */
    default Map<String, Object> parameters(LearnerOptions learner) {
        return Map.of();
    }
}
