package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.progress.Progress;

/** competition.json's metricParams reach the run's metric whether a value is written as a string or an array. */
class MetricParamsRunIT {
    @TempDir
    Path tmp;

    private RunResult run(String metricParams, String runId) throws IOException {
        Path dir = tmp.resolve(runId);
        ToyCompetition.write(dir, 3, 60, 2);
        Files.writeString(
                dir.resolve("competition.json"),
                "{\"slug\": \"toy-gap\", \"title\": \"Toy\"," + " \"metric\": \"accuracy\", \"metricParams\": "
                        + metricParams + "}");
        RunOptions options = RunOptions.defaults(dir, "none")
                .withFolds(2, false)
                .withLearner(LearnerOptions.defaults().withEpochs(5).withMinUpdates(0))
                .withOutput(tmp.resolve("out"), runId);
        return new Harness(Progress.quiet(), null).run(options);
    }

    @Test
    void anArrayOfColumnsScoresTheRunAsTheSameColumnsWrittenAsAString() throws IOException {
        RunResult array = run("{\"columns\": [\"target\"]}", "array");
        RunResult string = run("{\"columns\": \"target\"}", "string");

        assertThat(array.provenance().metric()).isEqualTo("accuracy");
        assertThat(array.oofScore()).isBetween(0.0, 1.0).isEqualTo(string.oofScore());
        assertThat(Files.readString(array.csv())).isEqualTo(Files.readString(string.csv()));
    }
}
