package pseudolab.harness.data;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pseudolab.harness.HarnessException;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * What a competition's target is: class labels or numbers. {@link #resolve} applies the detection rule
 * {@link #RULE} to the {@code --task} option, competition.json and the train targets.
 */
public enum Task {
    CLASSIFICATION,
    REGRESSION;

    /** The {@code --task} values. */
    public static final List<String> OPTIONS = List.of("auto", "classification", "regression");

    /** Metrics that score numbers rather than classes. */
    public static final Set<String> REGRESSION_METRICS = Set.of("rmse", "mae", "mcrmse");

    /** More distinct numeric targets than this make {@code auto} choose regression. */
    public static final int MAX_NUMERIC_CLASSES = 20;

    /** The detection rule, as documented in {@code run --help}. */
    public static final String RULE = "auto: competition.json \"task\" if given; else its metric (rmse, mae, mcrmse "
            + "-> regression; any other declared metric -> classification); else regression when sample_submission has "
            + "one target column, every train target is a number, some are not whole numbers and there are more than "
            + MAX_NUMERIC_CLASSES + " distinct ones; classification otherwise (integer labels stay classes).";

    /** The lower-case name used by {@code --task} and competition.json. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code classification} or {@code regression}; {@code what} names the source in the error. */
    public static Task parse(String text, String what) {
        for (Task t : values()) {
            if (t.cliName().equals(text)) {
                return t;
            }
        }
        throw new HarnessException(what + " must be classification or regression, got '" + text + "'");
    }

    /**
     * The task for {@code requested} ({@code auto}, {@code classification} or {@code regression}), the
     * competition's declared task and metric, the number of target columns in sample_submission and the train
     * target cells; a declared metric that scores the other kind of target is an error naming it.
     */
    public static Task resolve(String requested, Competition competition, int submissionColumns, List<String> targets) {
        CompetitionDefinition definition = competition.definition();
        Task task;
        if (!"auto".equals(requested)) {
            task = parse(requested, "--task");
        } else if (definition.task() != null) {
            task = parse(definition.task(), "competition.json \"task\"");
        } else if (definition.metricDeclared()) {
            task = REGRESSION_METRICS.contains(definition.metric()) ? REGRESSION : CLASSIFICATION;
        } else {
            task = submissionColumns == 1 && manyNumbers(targets) ? REGRESSION : CLASSIFICATION;
        }
        if (definition.metricDeclared() && REGRESSION_METRICS.contains(definition.metric()) != (task == REGRESSION)) {
            throw new HarnessException("competition.json metric '" + definition.metric() + "' does not score "
                    + task.cliName()
                    + (task == REGRESSION
                            ? "; regression needs rmse, mae or mcrmse"
                            : "; rmse, mae and mcrmse need regression (--task regression)"));
        }
        return task;
    }

    private static boolean manyNumbers(List<String> targets) {
        Set<Double> distinct = new HashSet<>();
        boolean fractional = false;
        for (String t : targets) {
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return false;
            }
            if (!Double.isFinite(v)) {
                return false;
            }
            distinct.add(v);
            fractional |= v != Math.rint(v);
        }
        return fractional && distinct.size() > MAX_NUMERIC_CLASSES;
    }
}
