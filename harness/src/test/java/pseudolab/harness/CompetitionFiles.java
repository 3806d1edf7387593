package pseudolab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a generated test competition, filled line by line (headers first) and written as one folder; also
 * reads a submission back as id to value, so each generator scores it against its own truth.
 */
record CompetitionFiles(List<String> train, List<String> test, List<String> sample, List<String> solution) {
    CompetitionFiles(String trainHeader, String testHeader, String sampleHeader) {
        this(
                new ArrayList<>(List.of(trainHeader)),
                new ArrayList<>(List.of(testHeader)),
                new ArrayList<>(List.of(sampleHeader)),
                new ArrayList<>(List.of(sampleHeader + ",Usage")));
    }

    /** Public for every third unlabelled row, Private for the others. */
    static String usage(int unlabelledRow) {
        return unlabelledRow % 3 == 0 ? "Public" : "Private";
    }

    /** Writes train, test, sample submission and solution into {@code dir}, creating it. */
    void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("train.csv"), train);
            Files.write(dir.resolve("test.csv"), test);
            Files.write(dir.resolve("sample_submission.csv"), sample);
            Files.write(dir.resolve("solution.csv"), solution);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A two-column submission CSV as id to the text of its value, in file order. */
    static Map<String, String> read(Path csv) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                values.put(f[0], f[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
