package pseudolab.harness.learn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;

/** Applies a random shift and small rotation (nearest neighbour, zero fill) to every image row, in place. */
final class Augmenter {
    private final ImageShape shape;
    private final Augmentation options;

    Augmenter(ImageShape shape, Augmentation options) {
        this.shape = shape;
        this.options = options;
    }

    void apply(INDArray rows, Random rng) {
        int n = (int) rows.rows();
        int d = shape.pixels();
        float[] all = rows.data().asFloat();
        float[] out = new float[all.length];
        int w = shape.width();
        int h = shape.height();
        int plane = w * h;
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            int dx = options.maxShift() == 0 ? 0 : rng.nextInt(2 * options.maxShift() + 1) - options.maxShift();
            int dy = options.maxShift() == 0 ? 0 : rng.nextInt(2 * options.maxShift() + 1) - options.maxShift();
            double a = Math.toRadians((rng.nextDouble() * 2 - 1) * options.maxDegrees());
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            int base = i * d;
            for (int c = 0; c < shape.channels(); c++) {
                int off = base + c * plane;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double ux = x - dx - cx;
                        double uy = y - dy - cy;
                        int sx = (int) Math.round(cos * ux + sin * uy + cx);
                        int sy = (int) Math.round(-sin * ux + cos * uy + cy);
                        out[off + y * w + x] = sx >= 0 && sx < w && sy >= 0 && sy < h ? all[off + sy * w + sx] : 0f;
                    }
                }
            }
        }
        rows.assign(Nd4j.create(out, rows.shape()));
    }
}
