package pseudolab.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.scoring.competition.InvalidDefinitionException;

class TaskDetectionTest {
    @TempDir
    Path dir;

    /** A folder whose train targets are 0..targets-1 (numbers), with an optional competition.json. */
    private Dataset read(int targets, String competitionJson, String task) throws IOException {
        return read(targets, competitionJson, task, 0);
    }

    /** As above with {@code offset} added to every target (0.5 makes them fractional). */
    private Dataset read(int targets, String competitionJson, String task, double offset) throws IOException {
        StringBuilder train = new StringBuilder("id,a,y\n");
        for (int i = 0; i < targets; i++) {
            train.append(i)
                    .append(',')
                    .append(i * 0.5)
                    .append(',')
                    .append(offset == 0 ? Integer.toString(i) : Double.toString(i + offset))
                    .append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), "id,a\n900,1\n901,2\n");
        Files.writeString(dir.resolve("sample_submission.csv"), "id,y\n900,0\n901,0\n");
        if (competitionJson != null) {
            Files.writeString(dir.resolve("competition.json"), competitionJson);
        }
        return new DatasetReader(Optional.empty(), task).read(Competition.open(dir));
    }

    private static float[] values(Dataset d) {
        return ((NumericTargets) d.targets()).values();
    }

    @Test
    void moreThanTwentyDistinctFractionalNumbersMeanRegressionAndFewerOrWholeOnesMeanClasses() throws IOException {
        Dataset many = read(21, null, "auto", 0.5);
        assertThat(many.task()).isEqualTo(Task.REGRESSION);
        assertThat(many.targets())
                .as("a regression carries numbers, no class arrays")
                .isInstanceOf(NumericTargets.class);
        assertThat(values(many)).startsWith(0.5f, 1.5f, 2.5f).hasSize(21);
        Dataset few = read(20, null, "auto", 0.5);
        assertThat(few.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(((ClassTargets) few.targets()).classes()).hasSize(20);
        Dataset wholeLabels = read(30, null, "auto");
        assertThat(wholeLabels.task()).as("integer labels 0..29 stay classes").isEqualTo(Task.CLASSIFICATION);
        assertThat(((ClassTargets) wholeLabels.targets()).classes()).hasSize(30);
        assertThat(values(read(21, null, "regression")))
                .containsExactly(
                        0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f, 13f, 14f, 15f, 16f, 17f, 18f, 19f, 20f);
    }

    @Test
    void aDeclaredMetricOrTaskDecidesBeforeTheTargetsDo() throws IOException {
        assertThat(read(5, "{\"metric\": \"mae\"}", "auto").task()).isEqualTo(Task.REGRESSION);
        assertThat(read(5, "{\"metric\": \"mcrmse\"}", "auto").task()).isEqualTo(Task.REGRESSION);
        assertThat(read(30, "{\"metric\": \"accuracy\"}", "auto").task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(read(5, "{\"task\": \"regression\"}", "auto").task()).isEqualTo(Task.REGRESSION);
        assertThat(read(30, null, "classification").task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(read(5, null, "regression").task()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void manyNumericClassesWithOneProbabilityColumnEachStayClassification() throws IOException {
        StringBuilder train = new StringBuilder("id,a,y\n");
        StringBuilder header = new StringBuilder("id");
        for (int i = 0; i < 25; i++) {
            train.append(i).append(',').append(i).append(',').append(i).append('\n');
            header.append(',').append(i);
        }
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), "id,a\n900,1\n");
        Files.writeString(dir.resolve("sample_submission.csv"), header + "\n900" + ",0.04".repeat(25) + "\n");
        Dataset d = new DatasetReader(Optional.empty()).read(Competition.open(dir));
        assertThat(d.task()).isEqualTo(Task.CLASSIFICATION);
        assertThat(d.probabilities()).isTrue();
    }

    @Test
    void theMetricOfAnUndeclaredRegressionIsRmse() throws IOException {
        read(5, null, "auto");
        Competition c = Competition.open(dir);
        assertThat(c.metricFor(Task.REGRESSION).name()).isEqualTo("rmse");
        assertThat(c.metricFor(Task.CLASSIFICATION).name()).isEqualTo("accuracy");
    }

    @Test
    void anUnknownDeclaredTaskIsNamed() {
        assertThatThrownBy(() -> read(5, "{\"task\": \"ranking\"}", "auto"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("competition.json: task must be \"classification\" or \"regression\", not 'ranking'");
    }

    @Test
    void targetScalingStandardisesAndInverts() {
        TargetScaling s = TargetScaling.fit(new float[] {1, 3});
        assertThat(s.mean()).isEqualTo(2.0);
        assertThat(s.std()).isEqualTo(1.0);
        assertThat(s.standardise(new float[] {5})).containsExactly(3f);
        assertThat(s.invert(-1f)).isEqualTo(1f);
        assertThat(TargetScaling.fit(new float[] {4, 4}).std()).isEqualTo(1.0);
    }
}
