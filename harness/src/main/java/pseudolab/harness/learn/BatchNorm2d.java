package pseudolab.harness.learn;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's batch normalisation configuration (same parameters, defaults and running statistics) whose layer computes
 * NCHW float activations with {@link BatchNorm2dLayer}'s loops: the oneDNN helper's passes took half of the resnet's
 * training step on 2 cores.
 */
public class BatchNorm2d extends BatchNormalization {
    /** DL4J's defaults: decay 0.9, eps 1e-5, learned gamma and beta, running standard deviation kept as log10. */
    public BatchNorm2d() {
        decay = 0.9;
        eps = 1e-5;
        isMinibatch = true;
        gamma = 1.0;
        beta = 0.0;
        lockGammaBeta = false;
        cudnnAllowFallback = true;
        useLogStd = true;
        cnn2DFormat = CNN2DFormat.NCHW;
    }

    @Override
    public Layer instantiate(
            NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners,
            int layerIndex,
            INDArray layerParamsView,
            boolean initializeParams,
            DataType networkDataType) {
        LayerValidation.assertNOutSet("BatchNorm2d", getLayerName(), layerIndex, getNOut());
        var layer = new BatchNorm2dLayer(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        layer.setParamTable(initializer().init(conf, layerParamsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }
}
