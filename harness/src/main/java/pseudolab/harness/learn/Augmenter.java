package pseudolab.harness.learn;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.data.ImageShape;

/** Perturbs rows of features in place, drawing from a seeded generator: the weak and strong views of training. */
interface Augmenter {
    /** Perturbs every row of {@code rows} (a [n, d] float array) at {@code level}; none leaves them as they are. */
    void apply(INDArray rows, Augmentation.Level level, Random rng);

    /**
     * The rows mirrored left to right where the run flips images ({@code --flip}): the one view every image has
     * besides itself. Empty for tabular rows and for images that must not be flipped.
     */
    Optional<INDArray> mirrored(INDArray rows);

    /** How many times each operation was drawn so far, by name. */
    Map<String, Long> drawn();

    /** Image augmentation for a pixel layout, tabular augmentation without one. */
    static Augmenter create(ImageShape image, Augmentation settings) {
        return image != null ? new ImageAugmenter(image, settings) : new TabularAugmenter();
    }
}
