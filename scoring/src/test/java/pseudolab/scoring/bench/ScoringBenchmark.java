package pseudolab.scoring.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Score;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.Solution;

/**
 * Reading a solution and scoring a shuffled submission of {@code rows} rows, for accuracy (digit labels)
 * and 10-class log loss (probabilities written as Double.toString does, up to 17 digits).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class ScoringBenchmark {
    @Param({"1000000"})
    public int rows;

    private Path dir;
    private Path accuracySolution;
    private Path accuracySubmission;
    private Path loglossSolution;
    private Path loglossSubmission;
    private Solution accuracyTruth;
    private Solution loglossTruth;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        dir = Files.createTempDirectory("scoring-bench");
        Random random = new Random(7);
        int[] order = shuffled(random);
        String[] usages = new String[rows];
        for (int i = 0; i < rows; i++) {
            double u = random.nextDouble();
            usages[i] = u < 0.3 ? "Public" : u < 0.95 ? "Private" : "Ignored";
        }
        int[] labels = random.ints(rows, 0, 10).toArray();
        accuracySolution = dir.resolve("accuracy_solution.csv");
        accuracySubmission = dir.resolve("accuracy_submission.csv");
        try (BufferedWriter s = Files.newBufferedWriter(accuracySolution);
                BufferedWriter p = Files.newBufferedWriter(accuracySubmission)) {
            s.write("ImageId,Label,Usage\n");
            p.write("ImageId,Label\n");
            for (int i = 0; i < rows; i++) {
                s.write((i + 1) + "," + labels[i] + "," + usages[i] + "\n");
                int r = order[i];
                p.write((r + 1) + "," + (random.nextDouble() < 0.9 ? labels[r] : random.nextInt(10)) + "\n");
            }
        }
        loglossSolution = dir.resolve("logloss_solution.csv");
        loglossSubmission = dir.resolve("logloss_submission.csv");
        try (BufferedWriter s = Files.newBufferedWriter(loglossSolution);
                BufferedWriter p = Files.newBufferedWriter(loglossSubmission)) {
            StringBuilder header = new StringBuilder("id");
            for (int c = 1; c <= 10; c++) {
                header.append(",Class_").append(c);
            }
            s.write(header + ",Usage\n");
            p.write(header + "\n");
            for (int i = 0; i < rows; i++) {
                StringBuilder line = new StringBuilder().append(i + 1);
                for (int c = 0; c < 10; c++) {
                    line.append(c == labels[i] ? ",1" : ",0");
                }
                s.write(line.append(',').append(usages[i]).append('\n').toString());
                int r = order[i];
                double[] p10 = new double[10];
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    p10[c] = Math.exp(random.nextGaussian() + (c == labels[r] ? 2 : 0));
                    sum += p10[c];
                }
                StringBuilder row = new StringBuilder().append(r + 1);
                for (double v : p10) {
                    row.append(',').append(String.format(Locale.ROOT, "%s", v / sum));
                }
                p.write(row.append('\n').toString());
            }
        }
        accuracyTruth = Solution.read(accuracySolution);
        loglossTruth = Solution.read(loglossSolution);
    }

    private int[] shuffled(Random random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        for (Path f : new Path[] {accuracySolution, accuracySubmission, loglossSolution, loglossSubmission}) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    /** Whole scoring as the CLI does it: read the solution, then stream and score the submission. */
    @Benchmark
    public Score accuracyReadSolutionAndScore() {
        return new Scorer(Metrics.create("accuracy", Map.of()))
                .score(Solution.read(accuracySolution), accuracySubmission);
    }

    /** Scoring against a solution already in memory, as the server does. */
    @Benchmark
    public Score accuracyScoreOnly() {
        return new Scorer(Metrics.create("accuracy", Map.of())).score(accuracyTruth, accuracySubmission);
    }

    @Benchmark
    public Score loglossReadSolutionAndScore() {
        return new Scorer(Metrics.create("logloss", Map.of())).score(Solution.read(loglossSolution), loglossSubmission);
    }

    @Benchmark
    public Score loglossScoreOnly() {
        return new Scorer(Metrics.create("logloss", Map.of())).score(loglossTruth, loglossSubmission);
    }
}
