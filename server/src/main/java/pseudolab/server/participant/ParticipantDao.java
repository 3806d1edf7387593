package pseudolab.server.participant;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for participants, one statement per method. */
@RegisterConstructorMapper(Participant.class)
public interface ParticipantDao {
    @SqlUpdate("INSERT INTO participants (name, name_key, token_hash, created_at)"
            + " VALUES (:name, :nameKey, :tokenHash, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("name") String name,
            @Bind("nameKey") String nameKey,
            @Bind("tokenHash") String tokenHash,
            @Bind("createdAt") long createdAt);

    /** In a writing transaction: waits for other registrations (on any instance) to commit, then holds them off. */
    @SqlUpdate("UPDATE locks SET name = name WHERE name = 'registrations'")
    void lockRegistrations();

    /** The participant whose name looks like one with this key (see {@link ParticipantName#key}). */
    @SqlQuery("SELECT id, name, created_at FROM participants WHERE name_key = :key LIMIT 1")
    Optional<Participant> findByKey(@Bind("key") String key);

    @SqlQuery("SELECT id, name, created_at FROM participants WHERE name = :name")
    Optional<Participant> findByName(@Bind("name") String name);

    @SqlQuery("SELECT id, name, created_at FROM participants WHERE token_hash = :tokenHash")
    Optional<Participant> findByTokenHash(@Bind("tokenHash") String tokenHash);
}
