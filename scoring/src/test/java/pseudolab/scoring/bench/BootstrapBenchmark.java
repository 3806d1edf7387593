package pseudolab.scoring.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Predictions;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;
import pseudolab.scoring.Usage;
import pseudolab.scoring.bootstrap.GainInterval;
import pseudolab.scoring.bootstrap.PairedBootstrap;
import pseudolab.scoring.bootstrap.RankRange;
import pseudolab.scoring.bootstrap.Resampled;

/**
 * What the server computes on a board change: the paired bootstrap ({@code resamples}) of {@code submissions}
 * submissions on the {@code rows} Private rows of a solution (10 classes), then each submission's gain interval over
 * the first one and the board's rank ranges. {@code metric}: accuracy (a mean over rows), macro_f1 or auc (not means;
 * auc on a 0/1 column of probabilities). The reference (scoring each submission once on the same rows) runs beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class BootstrapBenchmark {
    @Param({"accuracy"})
    public String metric;

    @Param({"7000"})
    public int rows;

    @Param({"20"})
    public int submissions;

    @Param({"1000"})
    public int resamples;

    private int[] privateRows;
    private List<Predictions> predictions;

    @Setup(Level.Trial)
    public void writeAndReadFiles() throws IOException {
        Path dir = Files.createTempDirectory("bootstrap-bench");
        boolean binary = metric.equals("auc");
        int total = (int) Math.round(rows / 0.7);
        Random random = new Random(13);
        int[] labels = random.ints(total, 0, binary ? 2 : 10).toArray();
        Path solutionFile = dir.resolve("solution.csv");
        try (BufferedWriter s = Files.newBufferedWriter(solutionFile)) {
            s.write("id,y,Usage\n");
            for (int i = 0; i < total; i++) {
                s.write(i + "," + labels[i] + "," + (i < total - rows ? "Public" : "Private") + "\n");
            }
        }
        Solution solution = Solution.read(solutionFile);
        Scorer scorer = new Scorer(Metrics.create(metric, Map.of()));
        predictions = new ArrayList<>();
        for (int k = 0; k < submissions; k++) {
            Path file = dir.resolve("submission" + k + ".csv");
            double skill = 0.75 + 0.005 * k;
            try (BufferedWriter p = Files.newBufferedWriter(file)) {
                p.write("id,y\n");
                for (int i = 0; i < total; i++) {
                    String value = binary
                            ? String.format(
                                    Locale.ROOT,
                                    "%.4f",
                                    Math.max(0, Math.min(1, labels[i] * skill * 0.6 + random.nextDouble() * 0.5)))
                            : String.valueOf(random.nextDouble() < skill ? labels[i] : random.nextInt(10));
                    p.write(i + "," + value + "\n");
                }
            }
            predictions.add(scorer.predictions(solution, file));
            Files.delete(file);
        }
        Files.delete(solutionFile);
        Files.delete(dir);
        privateRows = solution.rowsWith(Usage.PRIVATE);
    }

    /** The bootstrap, every gain interval against the first submission, and the rank ranges of the board. */
    @Benchmark
    public Object bootstrapGainsAndRanks() {
        Resampled resampled = new PairedBootstrap(resamples, 42).run(privateRows, predictions);
        List<GainInterval> gains = new ArrayList<>();
        for (int k = 1; k < predictions.size(); k++) {
            gains.add(resampled.gain(k, 0));
        }
        int[] order = new int[predictions.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = order.length - 1 - k;
        }
        List<RankRange> ranks = resampled.ranks(order);
        return List.of(gains, ranks);
    }

    /** The reference: each submission scored once on the same rows (what the board did before the bootstrap). */
    @Benchmark
    public double scoreOnce() {
        double sum = 0;
        for (Predictions p : predictions) {
            sum += p.score(privateRows);
        }
        return sum;
    }
}
