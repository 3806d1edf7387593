package pseudolab.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import pseudolab.harness.cv.Folds;
import pseudolab.harness.cv.OutOfFold;
import pseudolab.harness.data.ClassTargets;
import pseudolab.harness.data.Competition;
import pseudolab.harness.data.Dataset;
import pseudolab.harness.data.DatasetReader;
import pseudolab.harness.data.NumericTargets;
import pseudolab.harness.data.TargetScaling;
import pseudolab.harness.data.TestTruth;
import pseudolab.harness.learn.Learner;
import pseudolab.harness.learn.Learners;
import pseudolab.harness.learn.NativeBackend;
import pseudolab.harness.output.FileHashes;
import pseudolab.harness.output.Provenance;
import pseudolab.harness.output.ProvenanceWriter;
import pseudolab.harness.output.SubmissionWriter;
import pseudolab.harness.progress.Progress;
import pseudolab.harness.strategy.ClassTruth;
import pseudolab.harness.strategy.ClassificationRows;
import pseudolab.harness.strategy.RegressionRows;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.Strategy;
import pseudolab.harness.strategy.Trained;
import pseudolab.harness.strategy.Workbench;
import pseudolab.harness.submit.Submitter;
import pseudolab.scoring.Metric;

/**
 * Runs one strategy on a competition folder: reads and scales the data, trains the fold models through the
 * strategy, scores out-of-fold predictions, writes {@code <out>/<competition>/<run-id>.csv} and {@code .json},
 * and submits to a server when asked.
 */
public final class Harness {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Progress progress;
    private final Submitter submitter;

    public Harness(Progress progress, Submitter submitter) {
        NativeBackend.configure();
        this.progress = progress;
        this.submitter = submitter;
    }

    /** Progress bars on a terminal, quiet otherwise; the default HTTP client for submissions. */
    public Harness() {
        this(Progress.automatic(), new Submitter());
    }

    public RunResult run(RunOptions o) {
        long start = System.nanoTime();
        Map<String, Double> timings = new LinkedHashMap<>();
        Competition competition = Competition.open(o.competition());
        Dataset data = new DatasetReader(Optional.ofNullable(o.image()), o.task()).read(competition);
        Metric metric = competition.metricFor(data.task());
        TargetScaling targetScaling = data.targets() instanceof NumericTargets t ? t.scaling() : null;
        if (data.regression() && !o.selection().equals(Strategies.defaultSelection(o.strategy()))) {
            o.selection().requireRegressionDefaults();
        }
        boolean hasSolution = Files.isRegularFile(competition.solution());
        long read = System.nanoTime();
        timings.put("readSeconds", seconds(start, read));

        Learner learner = Learners.create(o.learner(), Optional.ofNullable(o.image()), data.task());
        Strategy strategy = Strategies.create(o.strategy(), o.strategyOptions());
        Folds folds = Folds.of(data.targets(), o.folds(), o.seed());
        INDArray trainX = Nd4j.create(data.trainX(), new long[] {data.trainRows(), data.features()});
        INDArray testX = Nd4j.create(data.testX(), new long[] {data.testRows(), data.features()});
        Workbench bench = workbench(o, competition, data, learner, folds, trainX, testX);
        List<Trained> finals = strategy.run(bench);
        long trained = System.nanoTime();
        timings.put("trainSeconds", seconds(read, trained));

        OutOfFold scorer = new OutOfFold(metric, data);
        float[][] oof = new float[data.trainRows()][];
        List<Provenance.FoldScore> foldScores = new java.util.ArrayList<>();
        INDArray testSum = null;
        for (int f = 0; f < finals.size(); f++) {
            Trained model = finals.get(f);
            int[] rows = folds.validationRows(f);
            Double score = null;
            if (rows.length > 0) {
                float[][] p = inUnits(
                        model.predictor()
                                .predict(Nd4j.pullRows(trainX, 1, rows))
                                .toFloatMatrix(),
                        targetScaling);
                for (int i = 0; i < rows.length; i++) {
                    oof[rows[i]] = p[i];
                }
                score = scorer.score(rows, oof);
            }
            foldScores.add(new Provenance.FoldScore(f, rows.length, score));
            INDArray t = model.predictor().predict(testX);
            testSum = testSum == null ? t.dup() : testSum.addi(t);
        }
        double oofScore = folds.k() > 1
                ? scorer.score(IntStream.range(0, data.trainRows()).toArray(), oof)
                : Double.NaN;
        float[][] test = inUnits(testSum.divi(finals.size()).toFloatMatrix(), targetScaling);
        long predicted = System.nanoTime();
        timings.put("predictSeconds", seconds(trained, predicted));

        String runId = o.runId() != null ? o.runId() : o.strategy() + "-" + STAMP.format(Instant.now());
        Path dir = o.out().resolve(competition.slug());
        Path csv = dir.resolve(runId + ".csv");
        Path json = dir.resolve(runId + ".json");
        new SubmissionWriter().write(competition.sampleSubmission(), data, test, csv);
        long written = System.nanoTime();
        timings.put("writeSeconds", seconds(predicted, written));
        timings.put("totalSeconds", seconds(start, written));

        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path p : List.of(competition.train(), competition.test(), competition.sampleSubmission())) {
            hashes.put(p.getFileName().toString(), FileHashes.sha256(p));
        }
        Provenance provenance = new Provenance(
                runId,
                competition.slug(),
                Instant.now().toString(),
                o.strategy(),
                options(o, strategy),
                o.seed(),
                hashes,
                new Provenance.DataSummary(
                        data.trainRows(),
                        data.testRows(),
                        data.features(),
                        data.targets() instanceof ClassTargets labels ? labels.classes() : List.of(),
                        data.scaling(),
                        hasSolution,
                        data.task().cliName(),
                        targetScaling == null ? null : targetScaling.toString()),
                metric.name(),
                foldScores,
                Double.isNaN(oofScore) ? null : oofScore,
                bench.record().models(),
                bench.record().pseudolabelRecords(),
                bench.record().consistencyRecords(),
                bench.record().augmentationsDrawn(),
                bench.record().stopReason(),
                timings,
                versions());
        new ProvenanceWriter().write(provenance, json);
        RunResult result = new RunResult(csv, json, provenance, oofScore, timings, null);
        if (o.submitUrl() != null) {
            Submitter.Receipt receipt = submitter.submit(
                    o.submitUrl(),
                    o.token(),
                    competition.slug(),
                    csv,
                    o.withTask(data.task().cliName()).description(),
                    o.strategy()); // describes the task actually run
            result = result.withPublicScore(receipt.publicScore());
        }
        return result;
    }

    /** The strategies' workbench: class labels, or numeric targets (trained standardised) for a regression. */
    private Workbench workbench(
            RunOptions o,
            Competition competition,
            Dataset data,
            Learner learner,
            Folds folds,
            INDArray trainX,
            INDArray testX) {
        if (data.targets() instanceof NumericTargets values) {
            float[] truth = TestTruth.values(competition, data).orElse(null);
            return Workbench.regression(
                    learner,
                    folds,
                    new RegressionRows(trainX, values, testX, truth),
                    o.selection(),
                    o.nonLeaky(),
                    o.rounds(),
                    o.seed(),
                    progress);
        }
        ClassTruth truth = new ClassTruth(TestTruth.classes(competition, data).orElse(null));
        return Workbench.classification(
                learner,
                folds,
                new ClassificationRows(trainX, (ClassTargets) data.targets(), testX, truth),
                o.selection(),
                o.nonLeaky(),
                o.rounds(),
                o.seed(),
                progress);
    }

    /** Regression predictions back in the target's units (in place); class probabilities unchanged. */
    private static float[][] inUnits(float[][] predictions, TargetScaling scaling) {
        if (scaling != null) {
            for (float[] row : predictions) {
                row[0] = scaling.invert(row[0]);
            }
        }
        return predictions;
    }

    private static Map<String, Object> options(RunOptions o, Strategy strategy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("competition", o.competition().toString());
        m.put("strategy", o.strategy());
        m.put("model", o.learner().model());
        m.put("image", o.image() == null ? null : o.image().toString());
        m.put("folds", o.folds());
        m.put("nonLeaky", o.nonLeaky());
        m.put("rounds", o.rounds());
        m.put("labels", o.selection().labels());
        m.put("threshold", o.selection().threshold());
        m.put("topKPerClass", o.selection().topKPerClass());
        m.put("plWeight", o.selection().weight());
        m.put("epochs", o.learner().epochs());
        m.put("minUpdates", o.learner().minUpdates());
        m.put("batchSize", o.learner().batchSize());
        m.put("learningRate", o.learner().learningRate());
        m.put("dropout", o.learner().dropout());
        m.put("augment", o.learner().augmentation().level().cliName());
        m.put("flip", o.learner().augmentation().flip());
        m.put("testTimeFlip", o.learner().augmentation().flip());
        m.put("augmentShift", o.learner().augmentation().maxShift());
        m.put("augmentRotation", o.learner().augmentation().maxDegrees());
        m.put("width", "resnet".equals(o.learner().model()) ? o.learner().width() : null);
        m.put("mixup", o.learner().mixup());
        m.put("lrSchedule", o.learner().schedule().cliName());
        m.put("minLabelledShare", o.learner().mixup() > 0 ? o.learner().minLabelledShare() : null);
        m.put("seed", o.seed());
        m.put("task", o.task());
        m.put("out", o.out().toString());
        m.put("submit", o.submitUrl() == null ? null : o.submitUrl().toString());
        m.putAll(strategy.parameters(o.learner())); // a key already present (threshold) keeps its place
        return m;
    }

    private static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("deeplearning4j", pomVersion("org.deeplearning4j", "deeplearning4j-nn"));
        v.put("nd4j", pomVersion("org.nd4j", "nd4j-native"));
        v.put("pseudolab-harness", pomVersion("dev.pseudolab", "pseudolab-harness"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        v.put("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()));
        return v;
    }

    private static String pomVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Harness.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long from, long to) {
        return Math.round((to - from) / 1e6) / 1e3;
    }
}
