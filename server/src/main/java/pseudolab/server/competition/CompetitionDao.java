package pseudolab.server.competition;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for competitions and their public files, one statement per method. */
@RegisterConstructorMapper(Competition.class)
@RegisterConstructorMapper(CompetitionFile.class)
@RegisterConstructorMapper(Counts.class)
public interface CompetitionDao {
    String COLUMNS = "id, slug, title, description, metric, metric_params, higher_is_better, deadline, daily_limit,"
            + " final_selections, closed_at, created_at, board_version, public_board";

    @SqlUpdate("INSERT INTO competitions (slug, title, description, metric, metric_params, higher_is_better, deadline,"
            + " daily_limit, final_selections, created_at, public_board) VALUES (:slug, :title, :description, :metric,"
            + " :metricParams, :higherIsBetter, :deadline, :dailyLimit, :finalSelections, :createdAt, :publicBoard)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Competition competition);

    @SqlUpdate("INSERT INTO competition_files (competition_id, name, bytes) VALUES (:competitionId, :name, :bytes)")
    void insertFile(@Bind("competitionId") long competitionId, @Bind("name") String name, @Bind("bytes") long bytes);

    @SqlQuery("SELECT " + COLUMNS + " FROM competitions WHERE slug = :slug")
    Optional<Competition> findBySlug(@Bind("slug") String slug);

    @SqlQuery("SELECT " + COLUMNS + " FROM competitions ORDER BY created_at, id")
    List<Competition> list();

    @SqlQuery("SELECT name, bytes FROM competition_files WHERE competition_id = :competitionId ORDER BY name")
    List<CompetitionFile> files(@Bind("competitionId") long competitionId);

    @SqlQuery("SELECT COUNT(*) AS submissions, COUNT(DISTINCT participant_id) AS participants FROM submissions"
            + " WHERE competition_id = :competitionId")
    Counts counts(@Bind("competitionId") long competitionId);

    @SqlQuery("SELECT s.file FROM submissions s JOIN competitions c ON c.id = s.competition_id WHERE c.slug = :slug")
    List<String> submissionFiles(@Bind("slug") String slug);

    /** Closes once: 1 for the transaction that closed it, 0 when it was closed already (by any instance). */
    @SqlUpdate("UPDATE competitions SET closed_at = :closedAt, board_version = board_version + 1"
            + " WHERE id = :id AND closed_at IS NULL")
    int close(@Bind("id") long id, @Bind("closedAt") long closedAt);

    /**
     * In a writing transaction: bumps the board version of a competition that is not closed, locking its row until
     * the transaction ends, so that writers of one competition (on any instance) take turns and a close waits for
     * them; 0 when it is closed.
     */
    @SqlUpdate("UPDATE competitions SET board_version = board_version + 1 WHERE id = :id AND closed_at IS NULL")
    int lockOpenBoard(@Bind("id") long id);
}
