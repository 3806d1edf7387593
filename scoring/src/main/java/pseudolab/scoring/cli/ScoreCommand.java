package pseudolab.scoring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pseudolab.scoring.InvalidSubmissionException;
import pseudolab.scoring.Metric;
import pseudolab.scoring.Metrics;
import pseudolab.scoring.Problem;
import pseudolab.scoring.Score;
import pseudolab.scoring.Scorer;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.Solution;

/** The {@code score} command: validates a submission against a solution and prints its public and private scores. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Scores a Kaggle-format submission against a solution (id, targets..., Usage).",
            "Exit 0 when scored, 2 when the submission is invalid (problems on stderr), 1 for other failures."
        })
public final class ScoreCommand implements Callable<Integer> {
    /** Exit code for a refused submission. */
    public static final int INVALID_SUBMISSION = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--solution", required = true, paramLabel = "FILE", description = "the solution CSV")
    private Path solution;

    @Option(names = "--submission", required = true, paramLabel = "FILE", description = "the submission CSV")
    private Path submission;

    @Option(
            names = "--metric",
            required = true,
            paramLabel = "NAME",
            description = "one of: accuracy, auc, jaccard, logloss, macro_f1, mae, mcrmse, mean_columnwise_logloss, "
                    + "object_detection_map, quadratic_weighted_kappa, rle_mask_iou_map, rmse, weighted_nae")
    private String metricName;

    @Option(
            names = "--param",
            paramLabel = "KEY=VALUE",
            description =
                    "a metric parameter, e.g. columns=a,b; thresholds=0.5:0.75:0.05 "
                            + "(object_detection_map); height=101 width=101 (rle_mask_iou_map); weights=age:0.3,... (weighted_nae)")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "print one JSON object: {\"metric\", \"public\", \"private\", \"rows\"}")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Score score;
        try {
            Metric metric = Metrics.create(metricName, params);
            Solution truth = Solution.read(solution);
            score = new Scorer(metric).score(truth, submission);
        } catch (InvalidSubmissionException e) {
            err.println("invalid submission " + submission + ":");
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.flush();
            return INVALID_SUBMISSION;
        } catch (ScoringException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(score) : toText(score));
        out.flush();
        return 0;
    }

    static String toJson(Score score) {
        return "{\"metric\": \"" + score.metric().replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"public\": "
                + jsonNumber(score.publicScore()) + ", \"private\": " + jsonNumber(score.privateScore())
                + ", \"rows\": " + score.rows() + "}";
    }

    private static String jsonNumber(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String toText(Score score) {
        return String.format(
                Locale.ROOT,
                "%s (%s is better)%npublic  %s%nprivate %s%nrows    %d",
                score.metric(),
                score.higherIsBetter() ? "higher" : "lower",
                text(score.publicScore()),
                text(score.privateScore()),
                score.rows());
    }

    private static String text(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6f", v);
    }
}
