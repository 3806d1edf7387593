package pseudolab.scoring;

import java.util.List;

/** A competition metric: knows its name, its direction and how to score predictions against the truth. */
public interface Metric {
    String name();

    boolean higherIsBetter();

    /**
     * Scores in memory, for small tables such as out-of-fold predictions: {@code columns} are the target
     * column names, each row of {@code truth} and {@code predicted} holds one value per column in that
     * order, rows aligned by index. Throws {@link ScoringException} for values the metric cannot use.
     */
    double evaluate(List<String> columns, List<String[]> truth, List<String[]> predicted);

    /** Whether the solution's own values are valid predictions (false where, say, predictions carry confidences). */
    default boolean truthIsAPrediction() {
        return true;
    }
}
