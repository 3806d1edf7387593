package pseudolab.harness.learn;

/** Builds freshly initialised networks of one architecture; every call is a real re-initialisation. */
public interface Learner {
    /** The architecture's name, e.g. {@code mlp}. */
    String name();

    LearnerOptions options();

    /** A new network with random initial weights drawn from {@code seed}. */
    Network initialise(int features, int classes, long seed);
}
