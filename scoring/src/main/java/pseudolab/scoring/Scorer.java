package pseudolab.scoring;

import java.io.InputStream;
import java.nio.file.Path;

/** Validates a submission against a solution and scores its Public and Private rows with one metric. */
public final class Scorer {
    private final Metric metric;

    public Scorer(Metric metric) {
        this.metric = metric;
    }

    /** Scores the submission file; throws {@link InvalidSubmissionException} listing every problem found. */
    public Score score(Solution solution, Path submission) {
        throw new UnsupportedOperationException("TODO scoring");
    }

    /** Scores a submission read from a stream (the caller closes it). */
    public Score score(Solution solution, InputStream submission) {
        throw new UnsupportedOperationException("TODO scoring");
    }
}
