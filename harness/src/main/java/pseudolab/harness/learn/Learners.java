package pseudolab.harness.learn;

import java.util.Optional;
import pseudolab.harness.data.ImageShape;

/** Chooses the learner named by the options. */
public final class Learners {
    private Learners() {
    }

    /** {@code mlp} or {@code cnn} (the latter needs an image shape). */
    public static Learner create(LearnerOptions options, Optional<ImageShape> image) {
        return "cnn".equals(options.model()) ? new Cnn(options, image.orElse(null)) : new Mlp(options, image.orElse(null));
    }
}
