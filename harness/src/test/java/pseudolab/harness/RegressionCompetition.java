package pseudolab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A generated tabular regression competition: three standard-normal features, target
 * {@code 50 + 8 x0 - 5 x1 + 4 x0 x1} plus a little noise, a labelled train set, unlabelled test rows with their
 * truth in solution.csv (for provenance and assertions only) and a sample submission of zeros.
 */
final class RegressionCompetition {
    final Path dir;
    final Map<String, Double> truth = new LinkedHashMap<>();
    double trainMean;

    private RegressionCompetition(Path dir) {
        this.dir = dir;
    }

    /** Writes the folder; {@code competitionJson} (null for none) becomes competition.json. */
    static RegressionCompetition write(Path dir, int labelled, int unlabelled, long seed, String competitionJson) {
        RegressionCompetition c = new RegressionCompetition(dir);
        Random rng = new Random(seed);
        CompetitionFiles files = new CompetitionFiles("id,x0,x1,x2,y", "id,x0,x1,x2", "id,y");
        int id = 1;
        double sum = 0;
        for (int i = 0; i < labelled; i++) {
            double[] x = features(rng);
            double y = target(x, rng);
            sum += y;
            files.train().add(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f", id++, x[0], x[1], x[2], y));
        }
        c.trainMean = sum / labelled;
        for (int i = 0; i < unlabelled; i++) {
            double[] x = features(rng);
            double y = target(x, rng);
            String key = Integer.toString(id++);
            files.test().add(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f", key, x[0], x[1], x[2]));
            files.sample().add(key + ",0");
            files.solution().add(String.format(Locale.ROOT, "%s,%.4f,%s", key, y, CompetitionFiles.usage(i)));
            c.truth.put(key, y);
        }
        files.writeTo(dir);
        if (competitionJson != null) {
            try {
                Files.writeString(dir.resolve("competition.json"), competitionJson);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return c;
    }

    private static double[] features(Random rng) {
        return new double[] {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
    }

    private static double target(double[] x, Random rng) {
        return 50 + 8 * x[0] - 5 * x[1] + 4 * x[0] * x[1] + 0.5 * rng.nextGaussian();
    }

    /** RMSE of a submission CSV (id,y) against the generated truth. */
    double rmse(Path csv) {
        Map<String, Double> predicted = new LinkedHashMap<>();
        CompetitionFiles.read(csv).forEach((id, value) -> predicted.put(id, Double.parseDouble(value)));
        return rmse(predicted);
    }

    /** RMSE of predicting the train mean for every test row. */
    double meanRmse() {
        Map<String, Double> constant = new LinkedHashMap<>();
        truth.keySet().forEach(k -> constant.put(k, trainMean));
        return rmse(constant);
    }

    private double rmse(Map<String, Double> predicted) {
        double sq = 0;
        for (var e : truth.entrySet()) {
            double d = predicted.get(e.getKey()) - e.getValue();
            sq += d * d;
        }
        return Math.sqrt(sq / truth.size());
    }
}
