package pseudolab.harness.strategy;

import java.util.List;
import pseudolab.harness.HarnessException;

/** The strategies by CLI name. */
public final class Strategies {
    private Strategies() {
    }

    public static List<String> names() {
        return List.of("none", "self-training", "simultaneous", "pretraining", "consistency", "noisy-student");
    }

    /** The named strategy with default settings. */
    public static Strategy create(String name) {
        return create(name, StrategyOptions.defaults());
    }

    public static Strategy create(String name, StrategyOptions options) {
        return switch (name) {
            case "none" -> new NoPseudolabels();
            case "self-training" -> new SelfTraining();
            case "simultaneous" -> new Simultaneous();
            case "pretraining" -> new Pretraining();
            case "consistency" -> new Consistency(options.consistency());
            case "noisy-student" -> new NoisyStudent(options.studentWidth());
            default -> throw new HarnessException("unknown strategy '" + name + "' (expected one of " + names() + ")");
        };
    }

    /** The pseudolabel threshold a strategy uses when none is given: 0.95 for consistency, 0.8 for noisy-student, else 0.9. */
    public static double defaultThreshold(String name) {
        return switch (name) {
            case "consistency" -> ConsistencyOptions.DEFAULT_THRESHOLD;
            case "noisy-student" -> 0.8;
            default -> 0.9;
        };
    }

    /** The selection a strategy uses when none is given: its default labels and threshold, no cap, weight 1. */
    public static Selection defaultSelection(String name) {
        return new Selection(defaultLabels(name), defaultThreshold(name), 0, 1.0);
    }

    /** The pseudolabel kind a strategy uses when none is given: soft for noisy-student, else hard. */
    public static String defaultLabels(String name) {
        return "noisy-student".equals(name) ? "soft" : "hard";
    }
}
