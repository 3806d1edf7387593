package pseudolab.harness;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * A generated image competition where the unlabelled rows carry the gain: each class is a fixed random 6x6 pattern
 * pasted onto a 16x16 canvas with pixel noise. The few labelled images show their pattern near the centre (offsets
 * of at most 1 pixel); the unlabelled images show it anywhere (offsets up to 5). A supervised model with weak
 * augmentation (shifts of 2) sees only the middle; chains of augmented views through the unlabelled rows reach the
 * far positions. solution.csv holds the truth (for assertions only).
 */
final class ShiftedPatternsCompetition {
    static final int SIDE = 16;
    static final int PATTERN = 6;
    static final int CLASSES = 3;

    final Path dir;
    final Map<String, Integer> truth = new HashMap<>();

    private ShiftedPatternsCompetition(Path dir) {
        this.dir = dir;
    }

    static ShiftedPatternsCompetition write(Path dir, int labelledPerClass, int unlabelled, long seed) {
        ShiftedPatternsCompetition c = new ShiftedPatternsCompetition(dir);
        Random rng = new Random(seed);
        boolean[][][] patterns = new boolean[CLASSES][PATTERN][PATTERN];
        for (boolean[][] p : patterns) {
            for (boolean[] row : p) {
                for (int j = 0; j < PATTERN; j++) {
                    row[j] = rng.nextBoolean();
                }
            }
        }
        StringBuilder head = new StringBuilder("id");
        for (int p = 0; p < SIDE * SIDE; p++) {
            head.append(",pixel").append(p);
        }
        CompetitionFiles files = new CompetitionFiles(head + ",label", head.toString(), "id,label");
        int id = 1;
        for (int i = 0; i < labelledPerClass; i++) {
            for (int k = 0; k < CLASSES; k++) {
                files.train().add(id++ + "," + image(patterns[k], 1, rng) + "," + k);
            }
        }
        for (int i = 0; i < unlabelled; i++) {
            int k = rng.nextInt(CLASSES);
            String key = Integer.toString(id++);
            files.test().add(key + "," + image(patterns[k], 5, rng));
            files.sample().add(key + ",0");
            files.solution().add(key + "," + k + "," + CompetitionFiles.usage(i));
            c.truth.put(key, k);
        }
        files.writeTo(dir);
        CompetitionDefinition.of("shifted-patterns", "Patterns seen in the middle, asked for anywhere", "accuracy")
                .write(dir);
        return c;
    }

    /** The pattern at offset (dx, dy) from the centre, |dx|, |dy| <= maxOffset, on noise; pixel values 0..255. */
    private static String image(boolean[][] pattern, int maxOffset, Random rng) {
        int[] canvas = new int[SIDE * SIDE];
        int origin = (SIDE - PATTERN) / 2;
        int dx = rng.nextInt(2 * maxOffset + 1) - maxOffset;
        int dy = rng.nextInt(2 * maxOffset + 1) - maxOffset;
        for (int y = 0; y < PATTERN; y++) {
            for (int x = 0; x < PATTERN; x++) {
                if (pattern[y][x]) {
                    canvas[(origin + dy + y) * SIDE + origin + dx + x] = 200;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < canvas.length; p++) {
            int v = (int) Math.round(canvas[p] + 25 * rng.nextGaussian());
            b.append(p == 0 ? "" : ",").append(Math.max(0, Math.min(255, v)));
        }
        return b.toString();
    }

    /** Accuracy of a submission CSV (id,label) against the generated truth. */
    double accuracy(Path csv) {
        Map<String, String> predicted = CompetitionFiles.read(csv);
        return truth.entrySet().stream()
                        .filter(e -> e.getValue().toString().equals(predicted.get(e.getKey())))
                        .count()
                / (double) truth.size();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "shifted patterns in %s", dir);
    }
}
