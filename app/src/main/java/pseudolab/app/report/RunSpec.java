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
    static RunSpec parse(String text, Augmentation base) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new RunSpec(text, text, base);
        }
        String level = text.substring(colon + 1);
        try {
            return new RunSpec(text, text.substring(0, colon), base.at(Level.parse(level)));
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
