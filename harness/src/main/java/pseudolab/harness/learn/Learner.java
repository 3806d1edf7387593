package pseudolab.harness.learn;

/** Builds freshly initialised networks of one architecture; every call is a real re-initialisation. */
public interface Learner {
    /** The architecture's name, e.g. {@code mlp}. */
    String name();

    LearnerOptions options();

    /** The same architecture and task with other options (a wider or noisier student, say). */
    Learner withOptions(LearnerOptions other);

    /** A new network with random initial weights drawn from {@code seed}. */
    Network initialise(int features, int classes, long seed);
}
