package pseudolab.harness.strategy;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.learn.Model;
import pseudolab.harness.learn.Network;
import pseudolab.harness.learn.TrainSet;

/**
 * A fold network's predictions carried over its own embedding (with {@code --flip}, each image's and its mirror's
 * together: {@link Network#graphEmbedding}): the rows asked about join the fold's labelled rows
 * in one {@link LabelGraph}, the labels spread from the labelled rows, and each asked row gets its propagated class
 * scores as probabilities (the network's own prediction where no label reaches it). Transductive: rows are
 * predicted together, so each call builds its graph from the labelled rows and the rows it is given.
 */
public record PropagatedLabels(Network network, TrainSet seeds, LabelGraph graph) implements Model {
    @Override
    public INDArray predict(INDArray features) {
        int labelled = seeds.size();
        int classes = (int) seeds.targets().columns();
        int asked = (int) features.rows();
        float[][] embedded =
                network.graphEmbedding(Nd4j.vstack(seeds.features(), features)).toFloatMatrix();
        int[] seedClasses = new int[labelled + asked];
        float[][] targets = seeds.targets().toFloatMatrix();
        for (int i = 0; i < labelled + asked; i++) {
            seedClasses[i] = i < labelled ? ConfidentRows.argmax(targets[i]) : -1;
        }
        double[][] z = graph.propagate(embedded, seedClasses, classes);
        INDArray own = null;
        INDArray out = Nd4j.create(DataType.FLOAT, asked, classes);
        for (int r = 0; r < asked; r++) {
            double[] scores = z[labelled + r];
            double sum = 0;
            for (double s : scores) {
                sum += Math.max(0, s);
            }
            if (sum > 0) {
                for (int c = 0; c < classes; c++) {
                    out.putScalar(r, c, Math.max(0, scores[c]) / sum);
                }
            } else {
                own = own == null ? network.predict(features) : own;
                out.putRow(r, own.getRow(r));
            }
        }
        return out;
    }
}
