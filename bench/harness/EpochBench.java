import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Learners;
import pseudolab.harness.learn.NativeBackend;
import pseudolab.harness.learn.Network;
import pseudolab.harness.learn.TrainSet;

/** Epoch time of the harness's mlp, cnn and resnet learners (their real training loop) on Fashion-MNIST images. */
public final class EpochBench {
    public static void main(String[] args) throws IOException {
        NativeBackend.configure(); // the oneDNN build and DL4J's helpers, as the product runs
        String dir = args[0];
        String model = args[1];
        int n = Integer.parseInt(args[2]);
        int epochs = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        float[] x = images(dir + "/train-images-idx3-ubyte.gz", n);
        int[] y = labels(dir + "/train-labels-idx1-ubyte.gz", n);
        LearnerOptions o = new LearnerOptions(model, epochs, batch, 1e-3, 0.0, Augmentation.none());
        ImageShape image = new ImageShape(28, 28, 1);
        Network net = Learners.create(o, java.util.Optional.of(image)).initialise(784, 10, 1);
        TrainSet set = TrainSet.labelled(Nd4j.create(x, new long[] {n, 784}), y, 10);
        Random rng = new Random(1);
        net.epoch(set, rng); // warm-up: JIT, workspaces, native init
        double[] t = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long s = System.nanoTime();
            net.epoch(set, rng);
            t[e] = (System.nanoTime() - s) / 1e9;
        }
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        float[] p = net.predict(set.features()).argMax(1).toFloatVector();
        int right = 0;
        for (int i = 0; i < n; i++) {
            right += (int) p[i] == y[i] ? 1 : 0;
        }
        System.out.printf(java.util.Locale.ROOT, "dl4j %s n=%d batch=%d epochs=%s median=%.3f train_acc=%.3f%n", model, n, batch,
                Arrays.toString(Arrays.stream(t).map(v -> Math.round(v * 1000) / 1000.0).toArray()), sorted[epochs / 2],
                right / (double) n);
    }

    static float[] images(String path, int n) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new FileInputStream(path)))) {
            in.readInt();
            in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] raw = new byte[n * rows * cols];
            in.readFully(raw);
            float[] x = new float[raw.length];
            for (int i = 0; i < raw.length; i++) {
                x[i] = (raw[i] & 0xff) / 255f;
            }
            return x;
        }
    }

    static int[] labels(String path, int n) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new FileInputStream(path)))) {
            in.readInt();
            in.readInt();
            byte[] raw = new byte[n];
            in.readFully(raw);
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = raw[i];
            }
            return y;
        }
    }
}
