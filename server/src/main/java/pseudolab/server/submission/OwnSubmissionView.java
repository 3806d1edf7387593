package pseudolab.server.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One of the caller's own submissions; {@code privateScore} is absent (null) until the competition closes; in ladder
 * mode {@code publicScore} is the Ladder's score shown after this submission; {@code strategy} is the declared one
 * ({@code null} when none was given).
 */
public record OwnSubmissionView(
        long id,
        Instant submittedAt,
        String description,
        Double publicScore,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double privateScore,
        boolean selected,
        boolean baseline,
        String strategy) {
    static OwnSubmissionView of(Submission s, boolean closed, Double shownPublicScore) {
        return new OwnSubmissionView(
                s.id(),
                Instant.ofEpochMilli(s.submittedAt()),
                s.description(),
                shownPublicScore,
                closed ? s.privateScore() : null,
                s.selected(),
                s.baseline(),
                s.strategy());
    }
}
