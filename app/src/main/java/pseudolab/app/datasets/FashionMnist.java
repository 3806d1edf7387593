package pseudolab.app.datasets;

import java.util.List;

/** Facts about Fashion-MNIST: file names, sizes and the ten class names (label index order). */
public final class FashionMnist {
    public static final int CLASSES = 10;
    public static final int TRAIN_IMAGES = 60_000;
    public static final int TEST_IMAGES = 10_000;
    public static final int PIXELS = 28 * 28;
    public static final String TRAIN_IMAGES_FILE = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS_FILE = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES_FILE = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS_FILE = "t10k-labels-idx1-ubyte.gz";
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {}
}
