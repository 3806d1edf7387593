package pseudolab.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.TestDatabases;

/** The same migrations on a real (embedded) PostgreSQL as on SQLite, with PostgreSQL's own column types. */
class DatabasePostgresqlIT {
    @TempDir
    Path dir;

    @Test
    void postgresqlGetsTheSameMigrationsWithSixtyFourBitTimesDoublesAndBooleans() {
        Path sqliteFile = dir.resolve("fresh.db");
        try (Database pg = Database.open(TestDatabases.newPostgresql());
                Database sqlite = Database.open(sqliteFile)) {
            assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(pg.shared()).isTrue();
            assertThat(DatabaseTest.versions(pg))
                    .isEqualTo(DatabaseTest.versions(sqlite))
                    .containsExactly(
                            "1 schema",
                            "2 participant name keys",
                            "3 shared database",
                            "4 public board",
                            "5 submission strategy");
            Map<String, String> types = pg.jdbi().withHandle(h -> columnTypes(h));
            assertThat(types)
                    .containsEntry("competitions.deadline", "bigint")
                    .containsEntry("submissions.submitted_at", "bigint")
                    .containsEntry("submissions.public_score", "double precision")
                    .containsEntry("submissions.selected", "boolean")
                    .containsEntry("competitions.board_version", "bigint")
                    .containsEntry("participants.name_key", "text")
                    .containsEntry("competitions.public_board", "text")
                    .containsEntry("submissions.strategy", "text");
        }
    }

    private static Map<String, String> columnTypes(Handle h) {
        return h
                .createQuery("SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'public'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
