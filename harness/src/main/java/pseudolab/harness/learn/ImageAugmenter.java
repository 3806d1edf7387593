package pseudolab.harness.learn;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;

/**
 * Image views on pixel rows in [0, 1] (channel planes one after another). Weak: a shift of up to the configured
 * pixels (2 for a run without augmentation of its own), the configured rotation, a horizontal flip half the time when flips are on. Strong: the same geometry with
 * twice the shift, two operations drawn from brightness (a factor of 0.75 to 1.25, so a black background stays
 * black), contrast and pixel noise (RandAugment-like), then a cutout of 12/28 of the side filled with the image's
 * mean; values clipped to [0, 1]. Nearest-neighbour, zero fill.
 */
final class ImageAugmenter implements Augmenter {
    private static final String[] PHOTOMETRIC = {"brightness", "contrast", "noise"};

    private final ImageShape shape;
    private final Augmentation settings;
    private final DrawCounts drawn = new DrawCounts();

    ImageAugmenter(ImageShape shape, Augmentation settings) {
        this.shape = shape;
        this.settings = settings;
    }

    @Override
    public void apply(INDArray rows, Augmentation.Level level, Random rng) {
        if (level == Augmentation.Level.NONE) {
            return;
        }
        boolean strong = level == Augmentation.Level.STRONG;
        int n = (int) rows.rows();
        int d = shape.pixels();
        float[] in = rows.isView() ? rows.dup().data().asFloat() : rows.data().asFloat();
        float[] out = new float[in.length];
        // the run's own shift; a run without augmentation still gets the default views that consistency asks for
        int weakShift = settings.enabled() ? settings.maxShift() : Augmentation.DEFAULT_WEAK_SHIFT;
        int shift = strong ? 2 * weakShift : weakShift;
        for (int i = 0; i < n; i++) {
            int dx = shift == 0 ? 0 : rng.nextInt(2 * shift + 1) - shift;
            int dy = shift == 0 ? 0 : rng.nextInt(2 * shift + 1) - shift;
            double degrees = settings.maxDegrees() == 0 ? 0 : (rng.nextDouble() * 2 - 1) * settings.maxDegrees();
            boolean flip = settings.flip() && rng.nextBoolean();
            count(dx != 0 || dy != 0, "shift");
            count(degrees != 0, "rotation");
            count(flip, "flip");
            geometry(in, out, i * d, dx, dy, Math.toRadians(degrees), flip);
            if (strong) {
                for (int k = 0; k < 2; k++) {
                    photometric(out, i * d, PHOTOMETRIC[rng.nextInt(PHOTOMETRIC.length)], rng);
                }
                cutout(out, i * d, rng);
                for (int p = i * d; p < (i + 1) * d; p++) {
                    out[p] = Math.min(1f, Math.max(0f, out[p]));
                }
            }
        }
        rows.assign(Nd4j.create(out, rows.shape()));
    }

    @Override
    public Optional<INDArray> mirrored(INDArray rows) {
        if (!settings.flip()) {
            return Optional.empty();
        }
        int d = shape.pixels();
        float[] in = rows.dup().data().asFloat();
        float[] out = new float[in.length];
        for (int i = 0; i < rows.rows(); i++) {
            geometry(in, out, i * d, 0, 0, 0, true);
        }
        return Optional.of(Nd4j.create(out, rows.shape()));
    }

    @Override
    public Map<String, Long> drawn() {
        return drawn.snapshot();
    }

    private void count(boolean happened, String operation) {
        if (happened) {
            drawn.add(operation);
        }
    }

    /** Output pixel (x, y) takes input pixel (x - dx, y - dy), rotated about the centre and mirrored when flipping. */
    private void geometry(float[] in, float[] out, int base, int dx, int dy, double radians, boolean flip) {
        int w = shape.width();
        int h = shape.height();
        int plane = w * h;
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        boolean rotate = radians != 0;
        for (int c = 0; c < shape.channels(); c++) {
            int off = base + c * plane;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int ux = x - dx;
                    int uy = y - dy;
                    if (flip) {
                        ux = w - 1 - ux;
                    }
                    int sx = ux;
                    int sy = uy;
                    if (rotate) {
                        double rx = ux - cx;
                        double ry = uy - cy;
                        sx = (int) Math.round(cos * rx + sin * ry + cx);
                        sy = (int) Math.round(-sin * rx + cos * ry + cy);
                    }
                    out[off + y * w + x] = sx >= 0 && sx < w && sy >= 0 && sy < h ? in[off + sy * w + sx] : 0f;
                }
            }
        }
    }

    private void photometric(float[] img, int base, String operation, Random rng) {
        int d = shape.pixels();
        drawn.add(operation);
        switch (operation) {
            case "brightness" -> {
                float factor = (float) (0.75 + rng.nextDouble() * 0.5);
                for (int p = base; p < base + d; p++) {
                    img[p] *= factor;
                }
            }
            case "contrast" -> {
                double mean = 0;
                for (int p = base; p < base + d; p++) {
                    mean += img[p];
                }
                float m = (float) (mean / d);
                float factor = (float) (0.6 + rng.nextDouble() * 0.8);
                for (int p = base; p < base + d; p++) {
                    img[p] = m + (img[p] - m) * factor;
                }
            }
            default -> {
                float sigma = (float) (0.03 + rng.nextDouble() * 0.07);
                for (int p = base; p < base + d; p++) {
                    img[p] += (float) rng.nextGaussian() * sigma;
                }
            }
        }
    }

    /** A square of 12/28 of the shorter side, centred anywhere in the image (it may stick out), set to the image's mean. */
    private void cutout(float[] img, int base, Random rng) {
        int w = shape.width();
        int h = shape.height();
        double sum = 0;
        for (int p = base; p < base + shape.pixels(); p++) {
            sum += img[p];
        }
        float fill = (float) (sum / shape.pixels());
        int size = Math.max(1, Math.round(Math.min(w, h) * 12f / 28f));
        int cx = rng.nextInt(w);
        int cy = rng.nextInt(h);
        int plane = w * h;
        drawn.add("cutout");
        for (int c = 0; c < shape.channels(); c++) {
            for (int y = Math.max(0, cy - size / 2); y < Math.min(h, cy - size / 2 + size); y++) {
                for (int x = Math.max(0, cx - size / 2); x < Math.min(w, cx - size / 2 + size); x++) {
                    img[base + c * plane + y * w + x] = fill;
                }
            }
        }
    }
}
