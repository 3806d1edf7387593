package pseudolab.app;

import java.util.List;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import pseudolab.harness.RunOptions;
import pseudolab.harness.cli.LabelGraphOptions;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.learn.Augmentation;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.LrSchedule;
import pseudolab.harness.strategy.ConsistencyOptions;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyOptions;

/**
 * The picocli options the demo and the report share: which strategies to run, with which model, augmentation and
 * budget, with how many folds. Every strategy runs with the same model and augmentation, so the no-PL row is the
 * matching baseline of every other row.
 */
public final class StrategyRunOptions {
    @Option(
            names = "--strategies",
            split = ",",
            completionCandidates = Strategies.Names.class,
            description = {
                "strategies to run, of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}: the ones",
                "that fit the demo's minutes); the report also takes NAME:LEVEL to run one at another",
                "augmentation, e.g. none:weak"
            })
    private List<String> strategies;

    @Option(
            names = "--epochs",
            defaultValue = "15",
            description = "training epochs per model (default ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--folds", defaultValue = "1", description = "fold models per run (default ${DEFAULT-VALUE})")
    private int folds;

    @Option(names = "--model", defaultValue = "mlp", description = "mlp, cnn or resnet (default ${DEFAULT-VALUE})")
    private String model;

    @Option(names = "--image", description = "image shape WxHxC for cnn, resnet and image augmentation (demo: 28x28x1)")
    private String image;

    @Option(
            names = "--width",
            defaultValue = "" + LearnerOptions.DEFAULT_WIDTH,
            description = "resnet width (default ${DEFAULT-VALUE})")
    private int width;

    @Option(
            names = "--augment",
            defaultValue = "none",
            description = "none, weak or strong, for every strategy (default ${DEFAULT-VALUE})")
    private String augment;

    @Option(
            names = "--flip",
            description = "also flip images horizontally (clothes yes, digits no); predictions average both views")
    private boolean flip;

    @Option(names = "--batch-size", defaultValue = "128", description = "mini-batch size (default ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(
            names = "--min-updates",
            defaultValue = "" + LearnerOptions.DEFAULT_MIN_UPDATES,
            description = "floor on updates per training, the same for every strategy (default ${DEFAULT-VALUE})")
    private int minUpdates;

    @Option(
            names = "--lr-schedule",
            defaultValue = "constant",
            description = "constant or cosine, for every strategy (default ${DEFAULT-VALUE})")
    private String lrSchedule;

    @Option(
            names = "--unlabelled-ratio",
            defaultValue = "" + ConsistencyOptions.DEFAULT_RATIO,
            description = "consistency: unlabelled rows per labelled row (default ${DEFAULT-VALUE})")
    private double unlabelledRatio;

    @Option(
            names = "--ema",
            defaultValue = "0",
            description = "consistency: weight-average decay, 0 = off (default ${DEFAULT-VALUE})")
    private double ema;

    @Mixin
    private LabelGraphOptions labelGraph;

    /**
     * The default of {@code --strategies}: the strategies that declare they fit the demo ({@link Strategies#demo()});
     * the commands that mix these options in name it as their {@code defaultValueProvider}.
     */
    public static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argument) {
            return argument instanceof OptionSpec option && option.longestName().equals("--strategies")
                    ? String.join(",", Strategies.demo())
                    : null;
        }
    }

    /** The strategies as given, {@code NAME} or {@code NAME:LEVEL}. */
    public List<String> runs() {
        return List.copyOf(strategies);
    }

    public int folds() {
        return folds;
    }

    /** The image shape: as given, else 28x28x1 when {@code imageDefault} and the model or augmentation needs one. */
    public ImageShape image(boolean imageDefault) {
        if (image != null) {
            return ImageShape.parse(image);
        }
        boolean needs = !"mlp".equals(model) || !"none".equals(augment) || flip;
        return imageDefault && needs ? new ImageShape(28, 28, 1) : null;
    }

    /** The learner every strategy uses. */
    public LearnerOptions learner() {
        Augmentation.Level level = Augmentation.Level.parse(augment);
        return new LearnerOptions(
                model,
                epochs,
                batchSize,
                1e-3,
                LearnerOptions.defaults().dropout(),
                level == Augmentation.Level.NONE && !flip ? Augmentation.none() : Augmentation.of(level, flip),
                minUpdates,
                width,
                0,
                LearnerOptions.DEFAULT_MIN_LABELLED_SHARE,
                LrSchedule.parse(lrSchedule));
    }

    /** The settings of consistency, noisy-student and label-propagation. */
    public StrategyOptions strategyOptions() {
        return new StrategyOptions(
                new ConsistencyOptions(unlabelledRatio, ConsistencyOptions.DEFAULT_THRESHOLD, 1.0, ema),
                0,
                labelGraph.labelGraph(),
                labelGraph.propagationRounds(),
                labelGraph.propagationTraining(),
                labelGraph.propagationEmbedding());
    }

    /** {@code base} with this learner, image, folds and strategy settings. */
    public RunOptions applyTo(RunOptions base, boolean imageDefault) {
        return base.withImage(image(imageDefault))
                .withLearner(learner())
                .withFolds(folds, false)
                .withStrategyOptions(strategyOptions());
    }
}
