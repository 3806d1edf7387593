import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.Learners;
import pseudolab.harness.learn.NativeBackend;
import pseudolab.harness.learn.Network;
import pseudolab.harness.learn.TrainSet;

/**
 * Time per step of the harness's resnet: a supervised step (B labelled rows, weak views) and a consistency step
 * (B labelled rows, weak; mu*B unlabelled rows: weak view predicted, strong view of every row trained on, the
 * worst case where all pass the threshold; the targets from one forward pass of the weak views, as
 * {@code Consistency} takes them), on Fashion-MNIST images, as the harness runs them.
 */
public final class StepBench {
    public static void main(String[] args) throws IOException {
        NativeBackend.configure();
        String dir = args[0];
        int steps = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int mu = Integer.parseInt(args[3]);
        int width = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int n = batch * (mu + 1) * 4;
        float[] x = EpochBench.images(dir + "/train-images-idx3-ubyte.gz", n);
        int[] y = EpochBench.labels(dir + "/train-labels-idx1-ubyte.gz", n);
        LearnerOptions o = new LearnerOptions("resnet", 1, batch, 1e-3, 0.0, Augmentation.of(Augmentation.Level.WEAK, true), 0)
                .withWidth(width);
        ImageShape image = new ImageShape(28, 28, 1);
        Network net = Learners.create(o, Optional.of(image)).initialise(784, 10, 1);
        TrainSet all = TrainSet.labelled(Nd4j.create(x, new long[] {n, 784}), y, 10);
        Random rng = new Random(1);
        double[] supervised = time(warmup, steps, i -> supervisedStep(net, all, batch, i, rng));
        double[] consistency = time(warmup, steps, i -> consistencyStep(net, all, batch, mu, i, rng));
        System.out.printf(Locale.ROOT, "dl4j resnet width=%d batch=%d mu=%d supervised_median=%.4f consistency_median=%.4f%n",
                width, batch, mu, median(supervised), median(consistency));
    }

    interface Step {
        void run(int i);
    }

    /** Runs {@code warmup} untimed steps (the JIT compiles the Java loops, oneDNN caches its primitives), then times {@code steps}. */
    private static double[] time(int warmup, int steps, Step step) {
        for (int i = 0; i < warmup; i++) {
            step.run(i);
        }
        double[] t = new double[steps];
        for (int i = 0; i < steps; i++) {
            long s = System.nanoTime();
            step.run(i);
            t[i] = (System.nanoTime() - s) / 1e9;
        }
        return t;
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int[] rows(int from, int count, int n) {
        int[] r = new int[count];
        for (int i = 0; i < count; i++) {
            r[i] = (from + i) % n;
        }
        return r;
    }

    private static void supervisedStep(Network net, TrainSet all, int batch, int i, Random rng) {
        int[] r = rows(i * batch, batch, all.size());
        INDArray xb = Nd4j.pullRows(all.features(), 1, r);
        net.augment(xb, Augmentation.Level.WEAK, rng);
        net.step(xb, Nd4j.pullRows(all.targets(), 1, r), null);
    }

    private static void consistencyStep(Network net, TrainSet all, int batch, int mu, int i, Random rng) {
        int[] l = rows(i * batch, batch, all.size());
        int[] u = rows(i * batch * mu + batch, batch * mu, all.size());
        INDArray xl = Nd4j.pullRows(all.features(), 1, l);
        net.augment(xl, Augmentation.Level.WEAK, rng);
        INDArray xu = Nd4j.pullRows(all.features(), 1, u);
        INDArray weak = xu.dup();
        net.augment(weak, Augmentation.Level.WEAK, rng);
        INDArray p = net.predictAveraged(weak); // the harness's call: one view, no test-time flip
        INDArray yu = Nd4j.zeros(DataType.FLOAT, u.length, 10);
        float[][] q = p.toFloatMatrix();
        for (int k = 0; k < u.length; k++) {
            int c = 0;
            for (int j = 1; j < 10; j++) {
                c = q[k][j] > q[k][c] ? j : c;
            }
            yu.putScalar(k, c, 1f);
        }
        net.augment(xu, Augmentation.Level.STRONG, rng);
        net.step(Nd4j.vstack(xl, xu), Nd4j.vstack(Nd4j.pullRows(all.targets(), 1, l), yu), null);
    }
}
