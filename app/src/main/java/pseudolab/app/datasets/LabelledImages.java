package pseudolab.app.datasets;

import pseudolab.app.AppException;

/** Images and their labels read from a pair of IDX files, addressed by a single index. */
record LabelledImages(IdxFile images, IdxFile labels) {

    LabelledImages {
        if (images.items() != labels.items()) {
            throw new AppException(images.items() + " images but " + labels.items() + " labels");
        }
        if (images.itemSize() != FashionMnist.PIXELS) {
            throw new AppException("expected 28x28 images, got " + images.itemSize() + " pixels each");
        }
    }

    int size() {
        return images.items();
    }

    int label(int index) {
        return labels.value(index, 0);
    }

    /** Appends the image's pixels as comma-separated integers 0-255. */
    void appendPixels(int index, StringBuilder line) {
        for (int p = 0; p < FashionMnist.PIXELS; p++) {
            if (p > 0) {
                line.append(',');
            }
            line.append(images.value(index, p));
        }
    }
}
