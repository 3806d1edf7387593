package pseudolab.harness.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.RunResult;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.strategy.Selection;

/** {@code run}: trains a pseudolabelling strategy on a competition folder and writes a submission with provenance. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train DL4J models on a Kaggle-format competition folder with a pseudolabelling strategy and write "
                + "<out>/<competition>/<run-id>.csv (sample_submission's format) and <run-id>.json (provenance).",
                "The last line printed is the path of the CSV."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--competition", required = true, paramLabel = "DIR",
            description = "Competition folder with train.csv, test.csv, sample_submission.csv (competition.json optional).")
    private Path competition;

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "none | self-training | simultaneous | pretraining.")
    private String strategy;

    @Option(names = "--task", defaultValue = "auto", paramLabel = "classification|regression|auto",
            description = {"Class labels or numbers. Regression: one identity output with squared error on targets",
                    "standardised with the train mean and standard deviation; pseudolabels are the teacher's predicted values",
                    "for every test row (only --pl-weight applies). " + Task.RULE, "Default: ${DEFAULT-VALUE}."})
    private String task;

    @Option(names = "--model", defaultValue = "mlp", paramLabel = "mlp|cnn",
            description = "mlp (784-256-128-k style perceptron) or cnn (LeNet-like; needs --image). Default: ${DEFAULT-VALUE}.")
    private String model;

    @Option(names = "--image", paramLabel = "WxHxC", description = "Image shape of the pixel columns, e.g. 28x28x1.")
    private String image;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Fold models; their averaged predictions make pseudolabels and the submission. 1 = no CV. Default: ${DEFAULT-VALUE}.")
    private int folds;

    @Option(names = "--non-leaky",
            description = "Each fold's pseudolabels come only from models that never saw that fold's rows.")
    private boolean nonLeaky;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "N",
            description = "Pseudolabelling rounds (self-training, pretraining); self-training stops early when no new rows qualify. Default: ${DEFAULT-VALUE}.")
    private int rounds;

    @Option(names = "--labels", defaultValue = "hard", paramLabel = "hard|soft",
            description = "hard: one-hot pseudolabels; soft: the teacher's probability vectors (classification only). Default: ${DEFAULT-VALUE}.")
    private String labels;

    @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "p",
            description = "Keep test rows whose top probability exceeds p (classification only). Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Option(names = "--top-k-per-class", defaultValue = "0", paramLabel = "k",
            description = "Keep at most k most confident rows per class (class-balanced); 0 = no cap. Default: ${DEFAULT-VALUE}.")
    private int topK;

    @Option(names = "--pl-weight", defaultValue = "1.0", paramLabel = "w",
            description = "Loss weight of each pseudolabelled row (simultaneous: times alpha(t) as in Lee 2013). Default: ${DEFAULT-VALUE}.")
    private double plWeight;

    @Option(names = "--epochs", defaultValue = "15", paramLabel = "E",
            description = "Epochs per training (and the epoch budget of simultaneous). Default: ${DEFAULT-VALUE}.")
    private int epochs;

    @Option(names = "--min-updates", defaultValue = "500", paramLabel = "U",
            description = {"Floor on gradient updates per training, so a model trained on few labelled rows gets",
                    "a budget as fair as one trained on many pseudolabelled rows (0 = epochs only). Default: ${DEFAULT-VALUE}."})
    private int minUpdates;

    @Option(names = "--batch-size", defaultValue = "128", paramLabel = "B", description = "Mini-batch size. Default: ${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(names = "--learning-rate", defaultValue = "0.001", paramLabel = "LR",
            description = "Adam learning rate (pretraining fine-tunes at LR/4). Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(names = "--dropout", defaultValue = "0.2", paramLabel = "p",
            description = "Probability of dropping a unit (not DL4J's retain probability). Default: ${DEFAULT-VALUE}.")
    private double dropout;

    @Option(names = "--augment-shift", defaultValue = "0", paramLabel = "PIXELS",
            description = "Random image shifts up to this many pixels (needs --image). Default: ${DEFAULT-VALUE}.")
    private int augmentShift;

    @Option(names = "--augment-rotation", defaultValue = "0", paramLabel = "DEGREES",
            description = "Random image rotations up to this many degrees (needs --image). Default: ${DEFAULT-VALUE}.")
    private double augmentRotation;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of folds, weights and shuffles; same seed and threads give the same predictions. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--out", defaultValue = "submissions", paramLabel = "DIR",
            description = "Output folder; files go to DIR/<competition>/<run-id>.csv and .json. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (file name); default <strategy>-<UTC time>.")
    private String runId;

    @Option(names = "--submit", paramLabel = "URL", description = "Server to upload the CSV to (needs --token); prints the public score.")
    private URI submit;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token for --submit.")
    private String token;

    @Override
    public Integer call() {
        if ((submit == null) != (token == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--submit URL and --token T go together");
        }
        if ((augmentShift > 0 || augmentRotation > 0) && image == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--augment-shift/--augment-rotation need --image WxHxC");
        }
        LearnerOptions learner = new LearnerOptions(model, epochs, batchSize, learningRate, dropout,
                new Augmentation(augmentShift, augmentRotation), minUpdates);
        RunOptions options = new RunOptions(competition, strategy, learner, image == null ? null : ImageShape.parse(image),
                folds, nonLeaky, rounds, new Selection(labels, threshold, topK, plWeight), seed, out, runId, submit, token,
                task);
        RunResult result = new Harness().run(options);
        PrintWriter w = spec.commandLine().getOut();
        if (!Double.isNaN(result.oofScore())) {
            w.printf(Locale.ROOT, "out-of-fold %s: %.5f%n", result.provenance().metric(), result.oofScore());
        }
        w.printf(Locale.ROOT, "provenance: %s%n", result.provenanceJson());
        if (submit != null) {
            w.println(result.publicScore() == null ? "submitted; the server gave no public score"
                    : String.format(Locale.ROOT, "public score: %.5f", result.publicScore()));
        }
        w.println(result.csv());
        w.flush();
        return 0;
    }
}
