package pseudolab.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        List<String> train = new ArrayList<>(List.of("id,x0,x1,x2,y"));
        int id = 1;
        double sum = 0;
        for (int i = 0; i < labelled; i++) {
            double[] x = features(rng);
            double y = target(x, rng);
            sum += y;
            train.add(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f", id++, x[0], x[1], x[2], y));
        }
        c.trainMean = sum / labelled;
        List<String> test = new ArrayList<>(List.of("id,x0,x1,x2"));
        List<String> sample = new ArrayList<>(List.of("id,y"));
        List<String> solution = new ArrayList<>(List.of("id,y,Usage"));
        for (int i = 0; i < unlabelled; i++) {
            double[] x = features(rng);
            double y = target(x, rng);
            String key = Integer.toString(id++);
            test.add(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f", key, x[0], x[1], x[2]));
            sample.add(key + ",0");
            solution.add(String.format(Locale.ROOT, "%s,%.4f,%s", key, y, i % 3 == 0 ? "Public" : "Private"));
            c.truth.put(key, y);
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("train.csv"), train);
            Files.write(dir.resolve("test.csv"), test);
            Files.write(dir.resolve("sample_submission.csv"), sample);
            Files.write(dir.resolve("solution.csv"), solution);
            if (competitionJson != null) {
                Files.writeString(dir.resolve("competition.json"), competitionJson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        try {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                predicted.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
