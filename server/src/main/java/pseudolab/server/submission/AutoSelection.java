package pseudolab.server.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import pseudolab.server.competition.ClosingWork;
import pseudolab.server.competition.Competition;

/** At close, selects the best public submissions of every participant who selected none. */
public final class AutoSelection implements ClosingWork {

    @Override
    public void onClose(Handle handle, Competition c) {
        SubmissionDao dao = handle.attach(SubmissionDao.class);
        Map<Long, List<Submission>> byParticipant =
                dao.byCompetition(c.id()).stream().collect(Collectors.groupingBy(Submission::participantId));
        byParticipant.values().stream()
                .filter(list -> list.stream().noneMatch(Submission::selected))
                .flatMap(list -> pick(list, c).stream())
                .forEach(s -> dao.setSelected(s.id(), true));
    }

    private static List<Submission> pick(List<Submission> submissions, Competition c) {
        boolean anyRegular = submissions.stream().anyMatch(s -> !s.baseline() && s.publicScore() != null);
        return submissions.stream()
                .filter(s -> s.publicScore() != null && (s.baseline() != anyRegular))
                .sorted(best(c.higherIsBetter()))
                .limit(c.finalSelections())
                .toList();
    }

    /** Best public score first; ties to the earlier submission. */
    static Comparator<Submission> best(boolean higherIsBetter) {
        Comparator<Submission> byScore = Comparator.comparingDouble(Submission::publicScore);
        return (higherIsBetter ? byScore.reversed() : byScore)
                .thenComparingLong(Submission::submittedAt)
                .thenComparingLong(Submission::id);
    }
}
