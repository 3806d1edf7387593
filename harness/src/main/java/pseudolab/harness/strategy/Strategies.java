package pseudolab.harness.strategy;

import java.util.List;
import pseudolab.harness.HarnessException;

/** The strategies by CLI name. */
public final class Strategies {
    private Strategies() {
    }

    public static List<String> names() {
        return List.of("none", "self-training", "simultaneous", "pretraining");
    }

    public static Strategy create(String name) {
        return switch (name) {
            case "none" -> new NoPseudolabels();
            case "self-training" -> new SelfTraining();
            case "simultaneous" -> new Simultaneous();
            case "pretraining" -> new Pretraining();
            default -> throw new HarnessException("unknown strategy '" + name + "' (expected one of " + names() + ")");
        };
    }
}
