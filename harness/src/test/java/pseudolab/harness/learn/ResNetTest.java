package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import pseudolab.harness.data.ImageShape;

class ResNetTest {
    @Test
    void convolutionsStartFromPyTorchsUniformNotHesNormal() {
        LearnerOptions options = LearnerOptions.defaults().withModel("resnet").withWidth(16);
        Network net = new ResNet(options, new ImageShape(28, 28, 1), null).initialise(784, 10, 1);
        int convolutions = 0;
        for (Layer layer : net.graph().getLayers()) {
            if (!(layer.conf().getLayer() instanceof ConvolutionLayer conv)) {
                continue;
            }
            convolutions++;
            INDArray w = layer.getParam("W");
            int[] k = conv.getKernelSize();
            double fanIn = conv.getNIn() * k[0] * k[1];
            double bound = 1 / Math.sqrt(fanIn);
            assertThat(w.amaxNumber().doubleValue())
                    .as(layer.conf().getLayer().getLayerName())
                    .isLessThanOrEqualTo(bound);
            if (w.length() >= 1000) { // He's normal would give a std sqrt(6) times this
                assertThat(w.stdNumber().doubleValue())
                        .isCloseTo(bound / Math.sqrt(3), within(0.1 * bound / Math.sqrt(3)));
            }
        }
        assertThat(convolutions).isEqualTo(10);
    }
}
