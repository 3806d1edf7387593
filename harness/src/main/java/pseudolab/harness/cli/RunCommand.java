package pseudolab.harness.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import pseudolab.harness.learn.LrSchedule;
import pseudolab.harness.strategy.ConsistencyOptions;
import pseudolab.harness.strategy.Selection;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyOptions;

/** {@code run}: trains a pseudolabelling strategy on a competition folder and writes a submission with provenance. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train DL4J models on a Kaggle-format competition folder with a pseudolabelling strategy and write "
                    + "<out>/<competition>/<run-id>.csv (sample_submission's format) and <run-id>.json (provenance).",
            "The last line printed is the path of the CSV."
        })
public final class RunCommand implements Callable<Integer> {
    private CommandSpec spec;

    @Option(
            names = "--competition",
            required = true,
            paramLabel = "DIR",
            description =
                    "Competition folder with train.csv, test.csv, sample_submission.csv (competition.json optional).")
    private Path competition;

    @Option(
            names = "--strategy",
            required = true,
            paramLabel = "NAME",
            completionCandidates = Strategies.Names.class,
            description = "${COMPLETION-CANDIDATES} (each described under Strategies below).")
    private String strategy;

    @Option(
            names = "--task",
            defaultValue = "auto",
            paramLabel = "classification|regression|auto",
            description = {
                "Class labels or numbers. Regression: one identity output with squared error on targets",
                "standardised with the train mean and standard deviation; pseudolabels are the teacher's predicted values",
                "for every test row (only --pl-weight applies). " + Task.RULE,
                "Default: ${DEFAULT-VALUE}."
            })
    private String task;

    @Option(
            names = "--model",
            defaultValue = "mlp",
            paramLabel = "mlp|cnn|resnet",
            description = {
                "mlp (784-256-128-k style perceptron), cnn (LeNet-like) or resnet (3 residual stages with batch",
                "normalisation); cnn and resnet need --image. Default: ${DEFAULT-VALUE}."
            })
    private String model;

    @Option(
            names = "--width",
            defaultValue = "" + LearnerOptions.DEFAULT_WIDTH,
            paramLabel = "W",
            description = "resnet channels: W, 2W, 4W in its three stages. Default: ${DEFAULT-VALUE}.")
    private int width;

    @Option(names = "--image", paramLabel = "WxHxC", description = "Image shape of the pixel columns, e.g. 28x28x1.")
    private String image;

    @Option(
            names = "--folds",
            defaultValue = "5",
            paramLabel = "K",
            description =
                    "Fold models; their averaged predictions make pseudolabels and the submission. 1 = no CV. Default: ${DEFAULT-VALUE}.")
    private int folds;

    @Option(
            names = "--non-leaky",
            description = "Each fold's pseudolabels come only from models that never saw that fold's rows.")
    private boolean nonLeaky;

    @Option(
            names = "--rounds",
            defaultValue = "2",
            paramLabel = "N",
            description =
                    "Pseudolabelling rounds (self-training, pretraining); self-training stops early when no new rows qualify. Default: ${DEFAULT-VALUE}.")
    private int rounds;

    @Option(
            names = "--labels",
            paramLabel = "hard|soft",
            description = {
                "hard: one-hot pseudolabels; soft: the teacher's probability vectors (classification only).",
                "Default: the strategy's own (listed at the end)."
            })
    private String labels;

    @Option(
            names = "--threshold",
            paramLabel = "p",
            description = {
                "Keep test rows whose top probability exceeds p (classification only; consistency: reaches p).",
                "Default: the strategy's own (listed at the end)."
            })
    private Double threshold;

    @Option(
            names = "--top-k-per-class",
            defaultValue = "0",
            paramLabel = "k",
            description =
                    "Keep at most k most confident rows per class (class-balanced); 0 = no cap. Default: ${DEFAULT-VALUE}.")
    private int topK;

    @Option(
            names = "--pl-weight",
            defaultValue = "1.0",
            paramLabel = "w",
            description =
                    "Loss weight of each pseudolabelled row (simultaneous: times alpha(t) as in Lee 2013). Default: ${DEFAULT-VALUE}.")
    private double plWeight;

    @Option(
            names = "--epochs",
            defaultValue = "15",
            paramLabel = "E",
            description = "Epochs per training (and the epoch budget of simultaneous). Default: ${DEFAULT-VALUE}.")
    private int epochs;

    @Option(
            names = "--min-updates",
            defaultValue = "500",
            paramLabel = "U",
            description = {
                "Floor on gradient updates per training, so a model trained on few labelled rows gets",
                "a budget as fair as one trained on many pseudolabelled rows (0 = epochs only). Default: ${DEFAULT-VALUE}."
            })
    private int minUpdates;

    @Option(
            names = "--batch-size",
            defaultValue = "128",
            paramLabel = "B",
            description = "Mini-batch size. Default: ${DEFAULT-VALUE}.")
    private int batchSize;

    @Option(
            names = "--learning-rate",
            defaultValue = "0.001",
            paramLabel = "LR",
            description = "Adam learning rate (pretraining fine-tunes at LR/4). Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(
            names = "--dropout",
            defaultValue = "0.2",
            paramLabel = "p",
            description = "Probability of dropping a unit (not DL4J's retain probability). Default: ${DEFAULT-VALUE}.")
    private double dropout;

    @Option(
            names = "--augment-shift",
            paramLabel = "PIXELS",
            description = {
                "Random image shifts up to this many pixels (needs --image); alone it asks for a weak view.",
                "Default: 2 with --augment weak or strong, else 0."
            })
    private Integer augmentShift;

    @Option(
            names = "--augment-rotation",
            defaultValue = "0",
            paramLabel = "DEGREES",
            description = "Random image rotations up to this many degrees (needs --image). Default: ${DEFAULT-VALUE}.")
    private double augmentRotation;

    @Option(
            names = "--augment",
            defaultValue = "none",
            paramLabel = "none|weak|strong",
            description = {
                "Training views. Images: weak = shifts up to 2 px (and flips with --flip); strong = weak plus",
                "larger shifts, brightness/contrast/noise and a cutout. Tabular: Gaussian noise (weak), plus swap noise",
                "and feature dropout (strong). consistency and noisy-student add their own weak and strong views.",
                "Default: ${DEFAULT-VALUE}."
            })
    private String augment;

    @Option(
            names = "--flip",
            description = {
                "Also flip images horizontally half the time (right for clothes, wrong for digits); predictions then",
                "average each image and its mirror (test-time augmentation) for every strategy alike."
            })
    private boolean flip;

    @Option(
            names = "--lr-schedule",
            defaultValue = "constant",
            paramLabel = "S",
            description =
                    "How the learning rate moves over each training call: constant or cosine (FixMatch's lr cos(7 pi t / 16 T)). Default: ${DEFAULT-VALUE}.")
    private String lrSchedule;

    @Option(
            names = "--mixup",
            defaultValue = "0",
            paramLabel = "ALPHA",
            description = {
                "Mixup with lambda ~ Beta(ALPHA, ALPHA) in every batch of the epoch-based strategies, each batch",
                "keeping at least --min-labelled-share real labelled rows (Arazo et al. 2020); 0 = off. Default: ${DEFAULT-VALUE}."
            })
    private double mixup;

    @Option(
            names = "--min-labelled-share",
            defaultValue = "" + LearnerOptions.DEFAULT_MIN_LABELLED_SHARE,
            paramLabel = "s",
            description =
                    "Under --mixup, the least share of real labelled rows in each batch. Default: ${DEFAULT-VALUE}.")
    private double minLabelledShare;

    @Option(
            names = "--unlabelled-ratio",
            defaultValue = "" + ConsistencyOptions.DEFAULT_RATIO,
            paramLabel = "MU",
            description = "consistency: unlabelled rows per labelled row in each step. Default: ${DEFAULT-VALUE}.")
    private double unlabelledRatio;

    @Option(
            names = "--adaptive-threshold",
            defaultValue = "0",
            paramLabel = "MOMENTUM",
            description =
                    "consistency: FreeMatch's self-adaptive threshold with this momentum (FreeMatch used 0.999) instead of the fixed --threshold; 0 = off. Default: ${DEFAULT-VALUE}.")
    private double adaptiveThreshold;

    @Option(
            names = "--ema",
            defaultValue = "0",
            paramLabel = "DECAY",
            description = {
                "consistency: predict pseudolabels with, and submit, an exponential moving average of the",
                "weights with this decay per step (e.g. 0.99); 0 = off. Default: ${DEFAULT-VALUE}."
            })
    private double ema;

    @Option(
            names = "--student-width",
            defaultValue = "0",
            paramLabel = "W",
            description =
                    "noisy-student: the student's resnet width (at least the teacher's; 0 = the teacher's). Default: ${DEFAULT-VALUE}.")
    private int studentWidth;

    @Mixin
    private LabelGraphOptions labelGraph;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description =
                    "Seed of folds, weights and shuffles; same seed and threads give the same predictions. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(
            names = "--out",
            defaultValue = "submissions",
            paramLabel = "DIR",
            description =
                    "Output folder; files go to DIR/<competition>/<run-id>.csv and .json. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id (file name); default <strategy>-<UTC time>.")
    private String runId;

    @Option(
            names = "--submit",
            paramLabel = "URL",
            description = "Server to upload the CSV to (needs --token); prints the public score.")
    private URI submit;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token for --submit.")
    private String token;

    /**
     * Takes picocli's model of this command and lists every registered strategy in the footer: its summary, and its
     * default pseudolabel selection.
     */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        List<String> footer = new ArrayList<>(List.of("", "Strategies:"));
        footer.addAll(Strategies.helpLines());
        footer.addAll(List.of("", "Their default pseudolabels (--labels, --threshold):"));
        footer.addAll(Strategies.defaultSelectionLines());
        commandSpec.usageMessage().footer(footer.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        if ((submit == null) != (token == null)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--submit URL and --token T go together");
        }
        Augmentation.Level level = Augmentation.Level.parse(augment);
        boolean imageFlags = (augmentShift != null && augmentShift > 0) || augmentRotation > 0 || flip;
        int shift = augmentShift != null
                ? augmentShift
                : level == Augmentation.Level.NONE || image == null ? 0 : Augmentation.DEFAULT_WEAK_SHIFT;
        if (imageFlags && image == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--augment-shift/--augment-rotation/--flip need --image WxHxC");
        }
        LearnerOptions learner = new LearnerOptions(
                model,
                epochs,
                batchSize,
                learningRate,
                dropout,
                new Augmentation(level, flip, shift, augmentRotation),
                minUpdates,
                width,
                mixup,
                minLabelledShare,
                LrSchedule.parse(lrSchedule));
        double p = threshold != null ? threshold : Strategies.defaultThreshold(strategy);
        StrategyOptions strategyOptions = new StrategyOptions(
                new ConsistencyOptions(unlabelledRatio, p, plWeight, ema, adaptiveThreshold),
                studentWidth,
                labelGraph.labelGraph(),
                labelGraph.propagationRounds(),
                labelGraph.propagationTraining(),
                labelGraph.propagationEmbedding());
        RunOptions options = new RunOptions(
                competition,
                strategy,
                learner,
                image == null ? null : ImageShape.parse(image),
                folds,
                nonLeaky,
                rounds,
                new Selection(labels != null ? labels : Strategies.defaultLabels(strategy), p, topK, plWeight),
                seed,
                out,
                runId,
                submit,
                token,
                task,
                strategyOptions);
        RunResult result = new Harness().run(options);
        PrintWriter w = spec.commandLine().getOut();
        if (!Double.isNaN(result.oofScore())) {
            w.printf(Locale.ROOT, "out-of-fold %s: %.5f%n", result.provenance().metric(), result.oofScore());
        }
        w.printf(Locale.ROOT, "provenance: %s%n", result.provenanceJson());
        if (submit != null) {
            w.println(
                    result.publicScore() == null
                            ? "submitted; the server gave no public score"
                            : String.format(Locale.ROOT, "public score: %.5f", result.publicScore()));
        }
        w.println(result.csv());
        w.flush();
        return 0;
    }
}
