package pseudolab.harness.learn;

import java.util.Optional;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;

/** Chooses the learner named by the options. */
public final class Learners {
    private Learners() {}

    /** {@code mlp}, {@code cnn} or {@code resnet} (the latter two need an image shape), as classifiers. */
    public static Learner create(LearnerOptions options, Optional<ImageShape> image) {
        return create(options, image, Task.CLASSIFICATION);
    }

    /** The named learner for {@code task}: softmax over classes, or one identity output for regression. */
    public static Learner create(LearnerOptions options, Optional<ImageShape> image, Task task) {
        return switch (options.model()) {
            case "cnn" -> new Cnn(options, image.orElse(null), task);
            case "resnet" -> new ResNet(options, image.orElse(null), task);
            default -> new Mlp(options, image.orElse(null), task);
        };
    }
}
