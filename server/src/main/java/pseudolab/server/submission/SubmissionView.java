package pseudolab.server.submission;

import java.time.Instant;

/**
 * A submission as answered on upload and selection: the public score only (the Ladder's, in ladder mode), and the
 * declared strategy ({@code null} when none was given).
 */
public record SubmissionView(
        long id,
        String participant,
        String description,
        Instant submittedAt,
        Double publicScore,
        boolean baseline,
        boolean selected,
        String strategy) {
    static SubmissionView of(Submission s, Double shownPublicScore) {
        return new SubmissionView(
                s.id(),
                s.participant(),
                s.description(),
                Instant.ofEpochMilli(s.submittedAt()),
                shownPublicScore,
                s.baseline(),
                s.selected(),
                s.strategy());
    }
}
