package pseudolab.server.submission;

/**
 * A stored, scored submission with its participant's name and the strategy its uploader declared (null: none);
 * scores are null when the solution has no rows of that kind. {@code privateScore} must never reach a response
 * before the competition closes.
 */
public record Submission(
        long id,
        long competitionId,
        long participantId,
        String participant,
        String description,
        String strategy,
        String file,
        long submittedAt,
        Double publicScore,
        Double privateScore,
        boolean baseline,
        boolean selected) {}
