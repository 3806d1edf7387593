package pseudolab.harness.data;

import java.nio.file.Files;
import java.nio.file.Path;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.Metric;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * A competition folder: its definition (competition.json, or every key at its default when the folder has none) and
 * where its train, test, sample and optional solution files are.
 */
public record Competition(Path dir, CompetitionDefinition definition) {
    /** Reads {@code dir}: its definition and the required train.csv, test.csv and sample_submission.csv. */
    public static Competition open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new HarnessException("competition folder " + dir + " does not exist");
        }
        Competition c = new Competition(folder, CompetitionDefinition.read(folder));
        for (Path p : new Path[] {c.train(), c.test(), c.sampleSubmission()}) {
            if (!Files.isRegularFile(p)) {
                throw new HarnessException("competition folder " + dir + " has no " + p.getFileName());
            }
        }
        return c;
    }

    public String slug() {
        return definition.slug();
    }

    /** The metric that scores a run of task {@code t}: the declared one, else the definition's default for {@code t}. */
    public Metric metricFor(Task t) {
        return definition.createMetric(t.cliName());
    }

    public Path train() {
        return dir.resolve("train.csv");
    }

    public Path test() {
        return dir.resolve("test.csv");
    }

    public Path sampleSubmission() {
        return dir.resolve("sample_submission.csv");
    }

    /** The hidden solution, if the folder holds one: read only to report pseudolabel accuracy, never to train. */
    public Path solution() {
        return dir.resolve("solution.csv");
    }
}
