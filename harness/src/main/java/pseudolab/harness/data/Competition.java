package pseudolab.harness.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import pseudolab.harness.HarnessException;

/**
 * A competition folder: its slug, metric (accuracy unless competition.json declares one), declared task (null
 * when competition.json has no "task") and where its train, test, sample and optional solution files are.
 */
public record Competition(String slug, Path dir, String metric, Map<String, String> metricParams, String task,
                          boolean metricDeclared) {
    public Competition {
        if (slug == null || slug.isBlank()) {
            throw new HarnessException("competition slug is empty");
        }
        metricParams = Map.copyOf(metricParams);
    }

    /** The metric to score {@code t} with: the declared one, else accuracy for classes and rmse for numbers. */
    public String metricFor(Task t) {
        return metricDeclared || t == Task.CLASSIFICATION ? metric : "rmse";
    }

    /** Reads {@code dir}: slug, metric and task from competition.json when present, else the folder name and accuracy. */
    public static Competition open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new HarnessException("competition folder " + dir + " does not exist");
        }
        String slug = folder.getFileName().toString();
        String metric = "accuracy";
        String task = null;
        boolean declared = false;
        Map<String, String> params = new LinkedHashMap<>();
        Path json = folder.resolve("competition.json");
        if (Files.isRegularFile(json)) {
            try {
                JsonNode root = new ObjectMapper().readTree(json.toFile());
                if (root.hasNonNull("slug")) {
                    slug = root.get("slug").asText();
                }
                if (root.hasNonNull("metric")) {
                    metric = root.get("metric").asText();
                    declared = true;
                }
                if (root.hasNonNull("task")) {
                    task = Task.parse(root.get("task").asText(), json.getFileName() + " \"task\"").cliName();
                }
                if (root.has("metricParams")) {
                    root.get("metricParams").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                }
            } catch (IOException e) {
                throw new HarnessException(json + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        Competition c = new Competition(slug, folder, metric, params, task, declared);
        for (Path p : new Path[] {c.train(), c.test(), c.sampleSubmission()}) {
            if (!Files.isRegularFile(p)) {
                throw new HarnessException("competition folder " + dir + " has no " + p.getFileName());
            }
        }
        return c;
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
