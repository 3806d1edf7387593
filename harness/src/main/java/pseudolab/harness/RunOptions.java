package pseudolab.harness;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import pseudolab.harness.data.ImageShape;
import pseudolab.harness.data.Task;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.harness.learn.LrSchedule;
import pseudolab.harness.strategy.Selection;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyOptions;

/**
 * Everything one harness run needs, validated: competition folder, strategy, learner options, image shape (null
 * for none), folds, non-leaky mode, rounds, pseudolabel selection, seed, output folder, run id (null: generated
 * from the strategy and the time), an optional server to submit to (URL and token both or neither) and the task
 * ({@code auto}, {@code classification} or {@code regression}; see {@link Task#RULE}).
 */
public record RunOptions(
        Path competition,
        String strategy,
        LearnerOptions learner,
        ImageShape image,
        int folds,
        boolean nonLeaky,
        int rounds,
        Selection selection,
        long seed,
        Path out,
        String runId,
        URI submitUrl,
        String token,
        String task,
        StrategyOptions strategyOptions) {
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Options with default settings for consistency and noisy-student. */
    public RunOptions(
            Path competition,
            String strategy,
            LearnerOptions learner,
            ImageShape image,
            int folds,
            boolean nonLeaky,
            int rounds,
            Selection selection,
            long seed,
            Path out,
            String runId,
            URI submitUrl,
            String token,
            String task) {
        this(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                StrategyOptions.defaults());
    }

    /** Options with the task detected from the competition ({@code auto}). */
    public RunOptions(
            Path competition,
            String strategy,
            LearnerOptions learner,
            ImageShape image,
            int folds,
            boolean nonLeaky,
            int rounds,
            Selection selection,
            long seed,
            Path out,
            String runId,
            URI submitUrl,
            String token) {
        this(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                "auto");
    }

    public RunOptions {
        if (competition == null) {
            throw new HarnessException("--competition is required");
        }
        Strategies.info(strategy);
        if (strategyOptions == null) {
            strategyOptions = StrategyOptions.defaults();
        }
        if (learner == null || selection == null || out == null) {
            throw new HarnessException("learner, selection and output folder are required");
        }
        if (folds < 1 || folds > 50) {
            throw new HarnessException("--folds must be 1..50, got " + folds);
        }
        if (nonLeaky && folds < 2) {
            throw new HarnessException("--non-leaky needs --folds 2 or more");
        }
        if (rounds < 1 || rounds > 100) {
            throw new HarnessException("--rounds must be 1..100, got " + rounds);
        }
        if (runId != null && !RUN_ID.matcher(runId).matches()) {
            throw new HarnessException(
                    "--run-id '" + runId + "' must be letters, digits, '.', '_' or '-' (at most 100)");
        }
        if ((submitUrl == null) != (token == null || token.isBlank())) {
            throw new HarnessException("--submit URL and --token T go together");
        }
        if (submitUrl != null && !("http".equals(submitUrl.getScheme()) || "https".equals(submitUrl.getScheme()))) {
            throw new HarnessException("--submit must be an http(s) URL, got '" + submitUrl + "'");
        }
        if (!"mlp".equals(learner.model()) && image == null) {
            throw new HarnessException("--model " + learner.model() + " needs --image WxHxC (e.g. 28x28x1)");
        }
        if (!Task.OPTIONS.contains(task)) {
            throw new HarnessException(
                    "--task must be one of " + String.join(", ", Task.OPTIONS) + ", got '" + task + "'");
        }
    }

    /**
     * Defaults for 2 cores: mlp (15 epochs, batch 128, lr 1e-3, dropout 0.2), 5 folds, 2 rounds, the strategy's
     * default selection (hard labels above 0.9; noisy-student soft above 0.8), weight 1, seed 1, output under submissions/.
     */
    public static RunOptions defaults(Path competition, String strategy) {
        return new RunOptions(
                competition,
                strategy,
                LearnerOptions.defaults(),
                null,
                5,
                false,
                2,
                Strategies.defaultSelection(strategy),
                1L,
                Path.of("submissions"),
                null,
                null,
                null);
    }

    public RunOptions withLearner(LearnerOptions l) {
        return new RunOptions(
                competition,
                strategy,
                l,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withImage(ImageShape i) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                i,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withFolds(int k, boolean leakFree) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                k,
                leakFree,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withRounds(int r) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                r,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withSelection(Selection s) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                s,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withSeed(long s) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                s,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withOutput(Path dir, String id) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                dir,
                id,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    /** Another strategy; a selection left at the old strategy's defaults becomes the new one's defaults. */
    public RunOptions withStrategy(String s) {
        Selection sel =
                selection.equals(Strategies.defaultSelection(strategy)) ? Strategies.defaultSelection(s) : selection;
        return new RunOptions(
                competition,
                s,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                sel,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                strategyOptions);
    }

    public RunOptions withSubmit(URI url, String t) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                url,
                t,
                task,
                strategyOptions);
    }

    public RunOptions withStrategyOptions(StrategyOptions so) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                task,
                so);
    }

    public RunOptions withTask(String t) {
        return new RunOptions(
                competition,
                strategy,
                learner,
                image,
                folds,
                nonLeaky,
                rounds,
                selection,
                seed,
                out,
                runId,
                submitUrl,
                token,
                t,
                strategyOptions);
    }

    /**
     * The submission description: strategy and key options, e.g. {@code self-training mlp folds=5 rounds=2 ...}; the
     * strategy's own words come from {@link pseudolab.harness.strategy.Strategy#describe}.
     */
    public String description() {
        StringBuilder b = new StringBuilder(strategy).append(' ').append(learner.model());
        if ("resnet".equals(learner.model())) {
            b.append(" width=").append(learner.width());
        }
        b.append(" folds=").append(folds);
        if (learner.augmentation().enabled()) {
            b.append(" augment=").append(learner.augmentation().level().cliName());
            if (learner.augmentation().flip()) {
                b.append(" flip");
            }
        }
        if (learner.mixup() > 0) {
            b.append(" mixup=").append(learner.mixup());
        }
        if (learner.schedule() != LrSchedule.CONSTANT) {
            b.append(" lr-schedule=").append(learner.schedule().cliName());
        }
        if (nonLeaky) {
            b.append(" non-leaky");
        }
        b.append(Strategies.create(strategy, strategyOptions).describe(selection, rounds, "regression".equals(task)));
        if (!"auto".equals(task)) {
            b.append(" task=").append(task);
        }
        return b.append(" epochs=")
                .append(learner.epochs())
                .append(" seed=")
                .append(seed)
                .toString();
    }
}
