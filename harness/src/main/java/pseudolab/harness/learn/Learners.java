package pseudolab.harness.learn;

import java.util.Optional;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;

/** Chooses the learner named by the options. */
public final class Learners {
    private Learners() {
    }

    /** {@code mlp} or {@code cnn} (the latter needs an image shape), as classifiers. */
    public static Learner create(LearnerOptions options, Optional<ImageShape> image) {
        return create(options, image, Task.CLASSIFICATION);
    }

    /** {@code mlp} or {@code cnn} for {@code task}: softmax over classes, or one identity output for regression. */
    public static Learner create(LearnerOptions options, Optional<ImageShape> image, Task task) {
        return "cnn".equals(options.model()) ? new Cnn(options, image.orElse(null), task)
                : new Mlp(options, image.orElse(null), task);
    }
}
