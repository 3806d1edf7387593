package pseudolab.scoring;

import java.nio.file.Path;
import java.util.List;

/** The expected shape of a submission, taken from sample_submission.csv: header and ids, no solution values. */
public final class SubmissionFormat {
    private SubmissionFormat() {
    }

    /** Reads the sample submission that defines the header and the id set. */
    public static SubmissionFormat fromSample(Path sampleSubmission) {
        throw new UnsupportedOperationException("TODO scoring");
    }

    /** Every problem with the file's header, ids and values (empty when it would be accepted for scoring). */
    public List<Problem> validate(Path submission) {
        throw new UnsupportedOperationException("TODO scoring");
    }
}
