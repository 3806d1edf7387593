package pseudolab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * A generated tabular competition where pseudolabelling demonstrably helps: two classes separated by a gap
 * along one informative feature (clusters at -2 and +2) plus {@code NOISE} pure-noise features, only a few
 * labelled rows (so a supervised network leans on the noise), and many unlabelled test rows that fill both
 * clusters. Writes a complete folder with solution.csv (the truth, used for provenance and assertions only).
 */
final class ToyCompetition {
    final Path dir;
    final Map<String, String> truth = new HashMap<>();

    private ToyCompetition(Path dir) {
        this.dir = dir;
    }

    static final int NOISE = 0;

    static ToyCompetition write(Path dir, int labelledPerClass, int unlabelled, long seed) {
        ToyCompetition c = new ToyCompetition(dir);
        Random rng = new Random(seed);
        StringBuilder head = new StringBuilder("id,x0");
        for (int j = 1; j <= NOISE; j++) {
            head.append(",x").append(j);
        }
        List<String> train = new ArrayList<>(List.of(head + ",target"));
        int id = 100;
        for (int i = 0; i < labelledPerClass; i++) {
            // few labels placed off-centre: left ones at the left cluster's inner edge, right ones far out, so the
            // supervised boundary (about half-way, x near 1.6) cuts through the right cluster
            train.add(String.format(Locale.ROOT, "%d,%.4f,left", id++, -1.2 + 0.1 * rng.nextGaussian()));
            train.add(String.format(Locale.ROOT, "%d,%.4f,right", id++, 4.5 + 0.1 * rng.nextGaussian()));
        }
        List<String> test = new ArrayList<>(List.of(head.toString()));
        List<String> sample = new ArrayList<>(List.of("id,target"));
        List<String> solution = new ArrayList<>(List.of("id,target,Usage"));
        for (int i = 0; i < unlabelled; i++) {
            String cls = rng.nextBoolean() ? "left" : "right";
            String key = Integer.toString(id++);
            test.add(key + "," + row(cls, rng));
            sample.add(key + ",left");
            solution.add(key + "," + cls + "," + (i % 3 == 0 ? "Public" : "Private"));
            c.truth.put(key, cls);
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("train.csv"), train);
            Files.write(dir.resolve("test.csv"), test);
            Files.write(dir.resolve("sample_submission.csv"), sample);
            Files.write(dir.resolve("solution.csv"), solution);
            CompetitionDefinition.of("toy-gap", "A gap in one feature, noise in the others", "accuracy")
                    .write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    private static String row(String cls, Random rng) {
        StringBuilder b = new StringBuilder(
                String.format(Locale.ROOT, "%.4f", ("left".equals(cls) ? -2 : 2) + 0.3 * rng.nextGaussian()));
        for (int j = 1; j <= NOISE; j++) {
            b.append(String.format(Locale.ROOT, ",%.4f", 0.3 * rng.nextGaussian()));
        }
        return b.toString();
    }

    /** Accuracy of a submission CSV (id,target) against the generated truth. */
    double accuracy(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            int right = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f[1].equals(truth.get(f[0]))) {
                    right++;
                }
            }
            return right / (double) truth.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
