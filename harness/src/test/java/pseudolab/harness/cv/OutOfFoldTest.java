package pseudolab.harness.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.Dataset;
import pseudolab.harness.data.NumericTargets;
import pseudolab.harness.data.Targets;
import pseudolab.harness.output.SubmissionWriter;
import pseudolab.scoring.Metrics;

/** Out-of-fold scores and written submissions for each kind of target, on hand-worked predictions. */
class OutOfFoldTest {
    @TempDir
    Path dir;

    private static Dataset dataset(Targets targets, List<String> submissionColumns) {
        int rows = targets.rows();
        return new Dataset(
                List.of("a"),
                new float[rows],
                targets,
                new float[2],
                List.of("t1", "t2"),
                "id",
                submissionColumns,
                "standardised");
    }

    @Test
    void labelsAreScoredByTheArgmaxClass() {
        Dataset d = dataset(new ClassTargets(List.of("cat", "dog", "eel"), new int[] {0, 1, 2}), List.of("y"));
        float[][] oof = {{0.7f, 0.2f, 0.1f}, {0.6f, 0.3f, 0.1f}, {0.1f, 0.1f, 0.8f}};

        assertThat(new OutOfFold(Metrics.create("accuracy"), d).score(new int[] {0, 1, 2}, oof))
                .isEqualTo(2.0 / 3);
        assertThat(new OutOfFold(Metrics.create("accuracy"), d).score(new int[] {0, 2}, oof))
                .isEqualTo(1.0);
    }

    @Test
    void probabilityColumnsAreMatchedToClassesByNameWhateverTheSampleOrder() {
        Dataset d = dataset(new ClassTargets(List.of("cat", "dog"), new int[] {0, 1}), List.of("dog", "cat"));
        float[][] oof = {{0.8f, 0.2f}, {0.4f, 0.6f}};

        double expected = -(Math.log(0.8) + Math.log(0.6)) / 2;
        assertThat(new OutOfFold(Metrics.create("logloss"), d).score(new int[] {0, 1}, oof))
                .isCloseTo(expected, within(1e-6));
    }

    @Test
    void numbersAreScoredInTheTargetsUnits() {
        Dataset d = dataset(new NumericTargets(new float[] {1f, 4f}), List.of("y"));
        float[][] oof = {{2f}, {2f}};

        assertThat(new OutOfFold(Metrics.create("rmse"), d).score(new int[] {0, 1}, oof))
                .isCloseTo(Math.sqrt(2.5), within(1e-6));
    }

    @Test
    void theSubmissionWritesALabelOneProbabilityPerSampleColumnOrANumber() throws Exception {
        Path sample = Files.writeString(dir.resolve("sample.csv"), "id,dog,cat\nt2,0,0\nt1,0,0\n");
        Dataset probabilities =
                dataset(new ClassTargets(List.of("cat", "dog"), new int[] {0, 1}), List.of("dog", "cat"));
        new SubmissionWriter()
                .write(sample, probabilities, new float[][] {{0.9f, 0.1f}, {0.3f, 0.7f}}, dir.resolve("p.csv"));
        assertThat(Files.readString(dir.resolve("p.csv"))).isEqualTo("id,dog,cat\nt2,0.7,0.3\nt1,0.1,0.9\n");

        Path labelSample = Files.writeString(dir.resolve("labels.csv"), "id,y\nt1,x\nt2,x\n");
        Dataset labels = dataset(new ClassTargets(List.of("cat", "dog"), new int[] {0, 1}), List.of("y"));
        new SubmissionWriter()
                .write(labelSample, labels, new float[][] {{0.9f, 0.1f}, {0.3f, 0.7f}}, dir.resolve("l.csv"));
        assertThat(Files.readString(dir.resolve("l.csv"))).isEqualTo("id,y\nt1,cat\nt2,dog\n");

        Dataset numbers = dataset(new NumericTargets(new float[] {1f, 4f}), List.of("y"));
        new SubmissionWriter().write(labelSample, numbers, new float[][] {{2.5f}, {-1f}}, dir.resolve("n.csv"));
        assertThat(Files.readString(dir.resolve("n.csv"))).isEqualTo("id,y\nt1,2.5\nt2,-1.0\n");
    }
}
