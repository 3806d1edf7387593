package pseudolab.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.ServerException;
import pseudolab.server.participant.ParticipantDao;

/** The migrations on SQLite (existing files keep their checksums) and the refusal of an unusable database URL. */
class DatabaseTest {
    private static final String HISTORY =
            "SELECT version || ' ' || description || ' ' || checksum FROM flyway_schema_history ORDER BY installed_rank";

    @TempDir
    Path dir;

    /** Rows as a server before version 2 stored them: one competition and one submission per description. */
    private static void storeSubmissionsTheOldWay(Path file, String... descriptions) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO competitions (slug, title, description, metric, metric_params, higher_is_better,"
                            + " daily_limit, final_selections, created_at) VALUES ('old', 'Old', '', 'accuracy', '{}', 1, 5, 2, 0)");
            for (String description : descriptions) {
                s.execute("INSERT INTO submissions (competition_id, participant_id, description, file, submitted_at,"
                        + " public_score, baseline) VALUES (1, 1, '" + description + "', 'f.csv', 0, 0.5, 0)");
            }
        }
    }

    @Test
    void aSqliteFileCreatedBeforePostgresqlSupportOpensWithItsRowsAndGainsTheBoardVersion() throws Exception {
        Path file = dir.resolve("pseudolab.db");
        try (InputStream old = DatabaseTest.class.getResourceAsStream("/db/created-before-postgresql.db")) {
            Files.copy(old, file);
        }
        storeSubmissionsTheOldWay(
                file, "Self-Training round 1", "baseline (host)", "none", "(no name)", "über-model v2");
        try (Database db = Database.open(file)) { // Flyway validates the recorded checksums first
            // its V1 checksum was recorded from the text without placeholders; it is realigned once
            List<String> history = history(db);
            assertThat(history).hasSize(5).contains("2 participant name keys 2");
            assertThat(history.get(0))
                    .startsWith("1 schema ")
                    .isNotEqualTo("1 schema " + Database.SQLITE_V1_BEFORE_PLACEHOLDERS);
            assertThat(history.get(2)).startsWith("3 shared database ");
            assertThat(history.get(3)).startsWith("4 public board ");
            assertThat(history.get(4)).startsWith("5 submission strategy ");
            Map<String, String> strategies = db
                    .jdbi()
                    .withHandle(h -> h.createQuery("SELECT description, strategy FROM submissions")
                            .map((rs, ctx) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                            .list())
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(strategies)
                    .as("submissions stored before version 5 keep the strategy their description named")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "Self-Training round 1", "self-training",
                            "baseline (host)", "baseline",
                            "none", "none",
                            "(no name)", "null",
                            "über-model v2", "null"));
            assertThat(db.jdbi().onDemand(ParticipantDao.class).findByName("ada"))
                    .isPresent();
            Integer versions = db.jdbi()
                    .withHandle(h -> h.createQuery("SELECT COUNT(board_version) FROM competitions")
                            .mapTo(Integer.class)
                            .one());
            assertThat(versions).as("the old competition gains a board version").isEqualTo(1);
            assertThat(db.shared()).isFalse();
        }
        List<String> once;
        try (Database db = Database.open(file)) {
            once = history(db);
        }
        try (Database again = Database.open(file)) {
            assertThat(history(again)).isEqualTo(once);
        }
    }

    @Test
    void anUnreachableDatabaseIsRefusedNamingItsUrlButNotItsPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/pl?user=pl&password=hunter2"))
                .isInstanceOf(ServerException.class)
                .hasMessageStartingWith("cannot use the database jdbc:postgresql://127.0.0.1:1/pl: ")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> Database.open("jdbc:sqlite:/tmp/x.db"))
                .isInstanceOf(ServerException.class)
                .hasMessage("database URL must start with jdbc:postgresql://, not 'jdbc:sqlite:/tmp/x.db'");
    }

    private static List<String> history(Database db) {
        return db.jdbi()
                .withHandle(h -> h.createQuery(HISTORY).mapTo(String.class).list());
    }

    static List<String> versions(Database db) {
        return db.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT version || ' ' || description FROM flyway_schema_history ORDER BY installed_rank")
                        .mapTo(String.class)
                        .list());
    }
}
