package pseudolab.app.report;

import pseudolab.app.AppException;
import pseudolab.harness.RunOptions;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.Augmentation.Level;

/**
 * One row of a report: a strategy, optionally at another augmentation level ({@code none:weak}), and the level of
 * the no-PL row it must be compared with: its own, except for consistency, whose labelled batches are always at
 * least weakly augmented.
 */
record RunSpec(String label, String strategy, Augmentation augmentation) {
    /** The strategy of {@code NAME} or {@code NAME:LEVEL}. */
    static String strategyOf(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? text : text.substring(0, colon);
    }

    static RunSpec parse(String text, Augmentation base) {
        String strategy = strategyOf(text);
        if (strategy.equals(text)) {
            return new RunSpec(text, strategy, base);
        }
        String level = text.substring(strategy.length() + 1);
        try {
            return new RunSpec(text, strategy, base.at(Level.parse(level)));
        } catch (RuntimeException e) {
            throw new AppException(
                    "'" + text + "': the part after ':' must be none, weak or strong, got '" + level + "'");
        }
    }

    Level level() {
        return augmentation.level();
    }

    Level baselineLevel() {
        return "consistency".equals(strategy) && level() == Level.NONE ? Level.WEAK : level();
    }

    RunOptions applyTo(RunOptions base) {
        return base.withStrategy(strategy).withLearner(base.learner().withAugmentation(augmentation));
    }
}
