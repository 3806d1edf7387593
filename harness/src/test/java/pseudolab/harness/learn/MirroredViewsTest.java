package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;

/** An image and its mirror: one point of the label graph, one averaged prediction under {@code --flip}. */
class MirroredViewsTest {
    private static final ImageShape SHAPE = new ImageShape(6, 6, 1);

    private static Network network(boolean flip) {
        LearnerOptions options = LearnerOptions.defaults()
                .withDropout(0)
                .withAugmentation(Augmentation.of(Augmentation.Level.WEAK, flip));
        return new Mlp(options, SHAPE, null).initialise(36, 3, 1);
    }

    private static INDArray images() {
        Random r = new Random(5);
        float[] x = new float[4 * 36];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextFloat();
        }
        return Nd4j.create(x, new long[] {4, 36});
    }

    private static INDArray mirror(INDArray rows) {
        return new ImageAugmenter(SHAPE, Augmentation.of(Augmentation.Level.WEAK, true))
                .mirrored(rows)
                .orElseThrow();
    }

    @Test
    void withFlipsAnImageAndItsMirrorSitAtTheSamePointOfTheGraph() {
        Network net = network(true);
        INDArray x = images();
        INDArray both = net.graphEmbedding(x);
        assertThat(both.equalsWithEps(net.graphEmbedding(mirror(x)), 1e-5)).isTrue();
        assertThat(both.equalsWithEps(net.embed(x), 1e-3)).isFalse();
        INDArray own = net.embed(x);
        INDArray unit = own.divColumnVector(own.norm2(1).reshape(4, 1));
        INDArray ownMirror = net.embed(mirror(x));
        INDArray unitMirror = ownMirror.divColumnVector(ownMirror.norm2(1).reshape(4, 1));
        assertThat(both.equalsWithEps(unit.add(unitMirror), 1e-5)).isTrue();
    }

    @Test
    void withoutFlipsTheGraphSeesTheNetworksOwnEmbedding() {
        Network net = network(false);
        INDArray x = images();
        assertThat(net.graphEmbedding(x)).isEqualTo(net.embed(x));
        assertThat(net.graphEmbedding(x).equalsWithEps(net.graphEmbedding(mirror(x)), 1e-3))
                .isFalse();
    }

    @Test
    void withFlipsPredictionsAverageAnImageAndItsMirror() {
        Network net = network(true);
        INDArray x = images();
        INDArray predicted = net.predict(x);
        assertThat(predicted.equalsWithEps(net.predict(mirror(x)), 1e-5)).isTrue();
        INDArray own = net.predictAveraged(x);
        INDArray ofMirror = net.predictAveraged(mirror(x));
        assertThat(own.equalsWithEps(ofMirror, 1e-3)).isFalse();
        assertThat(predicted.equalsWithEps(own.add(ofMirror).div(2), 1e-6)).isTrue();
        assertThat(predicted.sum(1).equalsWithEps(Nd4j.ones(4), 1e-5)).isTrue();
    }

    @Test
    void withoutFlipsPredictionsAreTheNetworksOwnOutputs() {
        Network net = network(false);
        INDArray x = images();
        assertThat(net.predict(x)).isEqualTo(net.predictAveraged(x));
        assertThat(net.predict(x).equalsWithEps(net.predict(mirror(x)), 1e-3)).isFalse();
    }
}
