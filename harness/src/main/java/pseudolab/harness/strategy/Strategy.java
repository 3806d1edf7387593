package pseudolab.harness.strategy;

import java.util.List;

/** A pseudolabelling strategy: trains one final model per fold using the workbench and returns them in fold order. */
public interface Strategy {
    /** The CLI name, e.g. {@code self-training}. */
    String name();

    List<Trained> run(Workbench bench);
}
