package pseudolab.app.datasets;

import pseudolab.app.AppException;

/**
 * How to derive a Fashion-MNIST competition: labelled train rows (class-balanced), unlabelled test rows,
 * the seed of every random choice, the Public share of the solution rows, and the competition's rules.
 */
public record BuildOptions(
        int labels,
        int unlabelled,
        long seed,
        double publicFraction,
        String deadline,
        int dailyLimit,
        int finalSelections) {

    /** The defaults: 1,000 labels, 10,000 unlabelled images, seed 1, 30% Public. */
    public static BuildOptions defaults() {
        return new BuildOptions(1000, 10_000, 1, 0.3, "2030-12-31T23:59:00Z", 5, 2);
    }

    public BuildOptions {
        if (labels < FashionMnist.CLASSES || labels > FashionMnist.TRAIN_IMAGES) {
            throw new AppException("--labels must be between " + FashionMnist.CLASSES + " and "
                    + FashionMnist.TRAIN_IMAGES + ", got " + labels);
        }
        int unusedImages = FashionMnist.TRAIN_IMAGES + FashionMnist.TEST_IMAGES - labels;
        if (unlabelled < 10 || unlabelled > unusedImages) {
            throw new AppException("--unlabelled must be between 10 and " + unusedImages + ", got " + unlabelled);
        }
        if (!(publicFraction > 0 && publicFraction < 1)) {
            throw new AppException("the Public fraction must be in (0, 1), got " + publicFraction);
        }
        if (dailyLimit < 1 || finalSelections < 1) {
            throw new AppException("daily limit and final selections must be positive");
        }
    }

    public BuildOptions withLabels(int newLabels) {
        return new BuildOptions(newLabels, unlabelled, seed, publicFraction, deadline, dailyLimit, finalSelections);
    }

    public BuildOptions withUnlabelled(int newUnlabelled) {
        return new BuildOptions(labels, newUnlabelled, seed, publicFraction, deadline, dailyLimit, finalSelections);
    }

    public BuildOptions withSeed(long newSeed) {
        return new BuildOptions(labels, unlabelled, newSeed, publicFraction, deadline, dailyLimit, finalSelections);
    }
}
