package pseudolab.harness.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.CsvReader;
import pseudolab.harness.data.Dataset;

/**
 * Writes test predictions in the sample submission's exact format: its header, its ids in its order, a class
 * label per row (or one probability per class column, or for regression the predicted number).
 */
public final class SubmissionWriter {

    /** {@code probabilities[i]} are the class probabilities of test row i (for regression its one value, in target units). */
    public void write(Path sample, Dataset data, float[][] probabilities, Path out) {
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < data.testRows(); i++) {
            if (row.put(data.testIds().get(i), i) != null) {
                throw new HarnessException(
                        "test.csv has the id '" + data.testIds().get(i) + "' twice");
            }
        }
        List<String> classes = data.targets() instanceof ClassTargets labels ? labels.classes() : List.of();
        int[] columnClass = new int[data.submissionColumns().size()];
        for (int j = 0; j < columnClass.length; j++) {
            columnClass[j] = classes.indexOf(data.submissionColumns().get(j));
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new HarnessException("cannot create " + out.getParent() + ": " + e.getMessage(), e);
        }
        try (CsvReader in = CsvReader.open(sample);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String[] header = in.next();
            w.write(line(header));
            String[] r;
            StringBuilder b = new StringBuilder();
            while ((r = in.next()) != null) {
                String id = r[0].trim();
                Integer i = row.get(id);
                if (i == null) {
                    throw new HarnessException("sample_submission.csv line " + in.line() + ", column '" + header[0]
                            + "': id '" + id + "' is not in test.csv");
                }
                b.setLength(0);
                b.append(quote(id));
                float[] p = probabilities[i];
                if (data.regression()) {
                    if (!Float.isFinite(p[0])) {
                        throw new HarnessException("the model predicted " + p[0] + " for id '" + id
                                + "' (training diverged; try a lower --learning-rate)");
                    }
                    b.append(',').append(new BigDecimal(Float.toString(p[0])).toPlainString());
                } else if (data.probabilities()) {
                    for (int c : columnClass) {
                        b.append(',').append(p[c]);
                    }
                } else {
                    b.append(',').append(quote(classes.get(argmax(p))));
                }
                w.write(b.append('\n').toString());
            }
        } catch (IOException e) {
            throw new HarnessException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static String line(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            b.append(i == 0 ? "" : ",").append(quote(fields[i]));
        }
        return b.append('\n').toString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static int argmax(float[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }
}
