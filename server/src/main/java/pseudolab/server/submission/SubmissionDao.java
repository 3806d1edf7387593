package pseudolab.server.submission;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for submissions, one statement per method. */
@RegisterConstructorMapper(Submission.class)
public interface SubmissionDao {
    String SELECT = "SELECT s.id, s.competition_id, s.participant_id, p.name AS participant, s.description, s.strategy,"
            + " s.file, s.submitted_at, s.public_score, s.private_score, s.baseline, s.selected"
            + " FROM submissions s JOIN participants p ON p.id = s.participant_id";

    @SqlUpdate("INSERT INTO submissions (competition_id, participant_id, description, strategy, file, submitted_at,"
            + " public_score, private_score, baseline) VALUES (:competitionId, :participantId, :description, :strategy,"
            + " :file, :submittedAt, :publicScore, :privateScore, :baseline)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("competitionId") long competitionId,
            @Bind("participantId") long participantId,
            @Bind("description") String description,
            @Bind("strategy") String strategy,
            @Bind("file") String file,
            @Bind("submittedAt") long submittedAt,
            @Bind("publicScore") Double publicScore,
            @Bind("privateScore") Double privateScore,
            @Bind("baseline") boolean baseline);

    @SqlQuery("SELECT COUNT(*) FROM submissions WHERE competition_id = :competitionId"
            + " AND participant_id = :participantId AND submitted_at >= :since")
    int countSince(
            @Bind("competitionId") long competitionId,
            @Bind("participantId") long participantId,
            @Bind("since") long since);

    @SqlQuery(SELECT + " WHERE s.competition_id = :competitionId AND s.id = :id")
    Optional<Submission> find(@Bind("competitionId") long competitionId, @Bind("id") long id);

    @SqlQuery(SELECT + " WHERE s.competition_id = :competitionId AND s.participant_id = :participantId ORDER BY s.id")
    List<Submission> byParticipant(
            @Bind("competitionId") long competitionId, @Bind("participantId") long participantId);

    @SqlQuery(SELECT + " WHERE s.competition_id = :competitionId ORDER BY s.id")
    List<Submission> byCompetition(@Bind("competitionId") long competitionId);

    @SqlQuery("SELECT COUNT(*) FROM submissions WHERE competition_id = :competitionId"
            + " AND participant_id = :participantId AND selected AND id <> :except")
    int countSelectedExcept(
            @Bind("competitionId") long competitionId,
            @Bind("participantId") long participantId,
            @Bind("except") long except);

    @SqlUpdate("UPDATE submissions SET selected = :selected WHERE id = :id")
    void setSelected(@Bind("id") long id, @Bind("selected") boolean selected);
}
