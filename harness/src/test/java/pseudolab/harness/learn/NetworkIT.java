package pseudolab.harness.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ImageShape;

class NetworkIT {
    private static final LearnerOptions OPTIONS =
            LearnerOptions.defaults().withEpochs(5).withBatchSize(8).withDropout(0);

    private static TrainSet xor() {
        float[] x = new float[40 * 2];
        int[] y = new int[40];
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            x[2 * i] = r.nextFloat() * 2 - 1;
            x[2 * i + 1] = r.nextFloat() * 2 - 1;
            y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
        }
        return TrainSet.labelled(Nd4j.create(x, new long[] {40, 2}), y, 2);
    }

    @Test
    void initialisingAgainWithTheSameSeedGivesTheSameFreshWeightsNotTheTrainedOnes() {
        Mlp mlp = new Mlp(OPTIONS, null);
        Network a = mlp.initialise(2, 2, 42);
        INDArray fresh = a.parameters();
        a.fit(xor(), 5, new Random(1), () -> {});
        assertThat(a.parameters()).isNotEqualTo(fresh);
        Network again = mlp.initialise(2, 2, 42);
        assertThat(again.parameters()).isEqualTo(fresh);
        assertThat(again.fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(mlp.initialise(2, 2, 43).parameters()).isNotEqualTo(fresh);
    }

    @Test
    void trainingIsReproducibleForTheSameSeed() {
        Network a = new Mlp(OPTIONS, null).initialise(2, 2, 7);
        Network b = new Mlp(OPTIONS, null).initialise(2, 2, 7);
        a.fit(xor(), 5, new Random(9), () -> {});
        b.fit(xor(), 5, new Random(9), () -> {});
        assertThat(a.predict(xor().features())).isEqualTo(b.predict(xor().features()));
    }

    @Test
    void predictionsAreProbabilityRowsInFloat32() {
        Network a = new Mlp(OPTIONS, null).initialise(2, 3, 1);
        INDArray p = a.predict(xor().features());
        assertThat(p.dataType().toString()).isEqualTo("FLOAT");
        for (float s : p.sum(1).toFloatVector()) {
            assertThat(s).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        }
    }

    @Test
    void theCnnReshapesPixelRowsAndTrainsWithAugmentation() {
        LearnerOptions o = OPTIONS.withAugmentation(new Augmentation(2, 10));
        Cnn cnn = new Cnn(o, new ImageShape(14, 14, 1));
        Network n = cnn.initialise(196, 2, 5);
        float[] x = new float[16 * 196];
        int[] y = new int[16];
        for (int i = 0; i < 16; i++) {
            y[i] = i % 2;
            for (int p = 0; p < 196; p++) {
                x[i * 196 + p] = (p % 14 < 7) == (y[i] == 0) ? 1f : 0f;
            }
        }
        TrainSet set = TrainSet.labelled(Nd4j.create(x, new long[] {16, 196}), y, 2);
        INDArray before = set.features().dup();
        n.fit(set, 20, new Random(1), () -> {});
        assertThat(set.features())
                .as("augmentation works on a shuffled copy, not the data")
                .isEqualTo(before);
        float[] top = n.predict(set.features()).argMax(1).toFloatVector();
        int right = 0;
        for (int i = 0; i < 16; i++) {
            right += (int) top[i] == y[i] ? 1 : 0;
        }
        assertThat(right).isGreaterThanOrEqualTo(14);
    }

    @Test
    void optionsAreValidatedWithTheirNames() {
        assertThatThrownBy(() -> OPTIONS.withEpochs(0))
                .isInstanceOf(HarnessException.class)
                .hasMessage("epochs must be 1..10000, got 0");
        assertThatThrownBy(() -> OPTIONS.withDropout(1.0)).hasMessageContaining("dropout must be in [0, 1)");
        assertThatThrownBy(() -> OPTIONS.withModel("rnn")).hasMessage("model must be mlp, cnn or resnet, got 'rnn'");
        assertThatThrownBy(() -> new Cnn(OPTIONS, null)).hasMessageContaining("--image");
    }
}
