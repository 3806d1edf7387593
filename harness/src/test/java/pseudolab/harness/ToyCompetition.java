package pseudolab.harness;

import java.nio.file.Path;
import java.util.HashMap;
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
        CompetitionFiles files = new CompetitionFiles(head + ",target", head.toString(), "id,target");
        int id = 100;
        for (int i = 0; i < labelledPerClass; i++) {
            // few labels placed off-centre: left ones at the left cluster's inner edge, right ones far out, so the
            // supervised boundary (about half-way, x near 1.6) cuts through the right cluster
            files.train().add(String.format(Locale.ROOT, "%d,%.4f,left", id++, -1.2 + 0.1 * rng.nextGaussian()));
            files.train().add(String.format(Locale.ROOT, "%d,%.4f,right", id++, 4.5 + 0.1 * rng.nextGaussian()));
        }
        for (int i = 0; i < unlabelled; i++) {
            String cls = rng.nextBoolean() ? "left" : "right";
            String key = Integer.toString(id++);
            files.test().add(key + "," + row(cls, rng));
            files.sample().add(key + ",left");
            files.solution().add(key + "," + cls + "," + CompetitionFiles.usage(i));
            c.truth.put(key, cls);
        }
        files.writeTo(dir);
        CompetitionDefinition.of("toy-gap", "A gap in one feature, noise in the others", "accuracy")
                .write(dir);
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
        Map<String, String> predicted = CompetitionFiles.read(csv);
        return truth.entrySet().stream()
                        .filter(e -> e.getValue().equals(predicted.get(e.getKey())))
                        .count()
                / (double) truth.size();
    }
}
