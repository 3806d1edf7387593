package pseudolab.harness.strategy;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import pseudolab.harness.HarnessException;

/**
 * What a strategy declares about itself: its CLI name (also the {@code strategy} field of its submissions), a
 * one-line summary for {@code --help}, the pseudolabel selection it uses when none is given, whether the demo runs
 * it by default (it fits the demo's few minutes on 2 cores), and how to build it from the run's strategy settings.
 */
public record StrategyInfo(
        String name,
        String summary,
        Selection defaultSelection,
        boolean inDemo,
        Function<StrategyOptions, Strategy> factory) {
    /** A name the server accepts as a submission's {@code strategy}: lower-case letters, digits and '-'. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** The longest summary: one line of {@code --help} beside the name, within 80 columns. */
    public static final int SUMMARY_LENGTH = 62;

    public StrategyInfo {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new HarnessException("strategy name '" + name + "' must be lower-case letters, digits or '-'");
        }
        if (summary == null || summary.isBlank() || summary.contains("\n") || summary.length() > SUMMARY_LENGTH) {
            throw new HarnessException(
                    "strategy '" + name + "' needs a one-line summary of at most " + SUMMARY_LENGTH + " characters");
        }
        Objects.requireNonNull(defaultSelection, "defaultSelection");
        Objects.requireNonNull(factory, "factory");
    }

    /** The strategy with these settings. */
    public Strategy create(StrategyOptions options) {
        return factory.apply(options == null ? StrategyOptions.defaults() : options);
    }
}
