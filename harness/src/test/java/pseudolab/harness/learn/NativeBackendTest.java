package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.data.ImageShape;

/** The oneDNN build of nd4j-native is loaded and DL4J's convolution layers actually run through its helper. */
class NativeBackendTest {

    @Test
    void theLoadedLibnd4jIsTheOneDnnBuildAndDl4jSeesIt() {
        NativeBackend.configure();
        Nd4j.create(1); // loads the backend
        assertThat(org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance()
                        .isUseONEDNN())
                .isTrue();
        assertThat(BaseMKLDNNHelper.mklDnnEnabled())
                .as("DL4J's helper check through the compatibility bridge")
                .isTrue();
    }

    @Test
    void convolutionLayersOfTheCnnTrainThroughTheOneDnnHelper() {
        NativeBackend.configure();
        LearnerOptions options = new LearnerOptions("cnn", 1, 16, 1e-3, 0.0, Augmentation.none());
        Network net = new Cnn(options, new ImageShape(14, 14, 1)).initialise(196, 3, 5);
        Random rng = new Random(3);
        float[] x = new float[64 * 196];
        int[] y = new int[64];
        for (int i = 0; i < 64; i++) {
            y[i] = rng.nextInt(3);
            for (int j = 0; j < 196; j++) {
                x[i * 196 + j] = rng.nextFloat() + (j % 3 == y[i] ? 0.5f : 0f);
            }
        }
        String before = net.fingerprint();
        net.epoch(TrainSet.labelled(Nd4j.create(x, new long[] {64, 196}), y, 3), rng);

        assertThat(net.fingerprint()).isNotEqualTo(before);
        var convolutions = Arrays.stream(dl4j(net).getLayers())
                .filter(l -> l instanceof ConvolutionLayer)
                .toList();
        assertThat(convolutions).hasSize(2);
        assertThat(convolutions).allSatisfy(l -> assertThat(l.getHelper()).isInstanceOf(MKLDNNConvHelper.class));
    }

    @Test
    void theResNetsConvolutionsAndBatchNormsTrainThroughTheOneDnnHelpers() {
        NativeBackend.configure();
        LearnerOptions options = new LearnerOptions("resnet", 1, 16, 1e-3, 0.0, Augmentation.none()).withWidth(4);
        Network net = new ResNet(options, new ImageShape(14, 14, 1), null).initialise(196, 3, 5);
        String before = net.fingerprint();
        net.step(
                Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 8, 196),
                TrainSet.labelled(Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 8, 1), new int[8], 3)
                        .targets(),
                null);

        assertThat(net.fingerprint()).isNotEqualTo(before);
        var layers = Arrays.asList(dl4j(net).getLayers());
        assertThat(layers.stream().filter(l -> l instanceof ConvolutionLayer).toList())
                .hasSize(10)
                .allSatisfy(l -> assertThat(l.getHelper()).isInstanceOf(MKLDNNConvHelper.class));
        assertThat(layers.stream()
                        .filter(l -> l instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization)
                        .toList())
                .hasSize(10)
                .allSatisfy(
                        l -> assertThat(((org.deeplearning4j.nn.layers.normalization.BatchNormalization) l).getHelper())
                                .isInstanceOf(org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper.class));
    }

    private static ComputationGraph dl4j(Network network) {
        try {
            Field net = Network.class.getDeclaredField("net");
            net.setAccessible(true);
            return (ComputationGraph) net.get(network);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Network keeps its DL4J network in a field named net", e);
        }
    }
}
