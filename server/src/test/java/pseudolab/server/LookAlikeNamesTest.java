package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteDataSource;
import pseudolab.server.db.Database;
import pseudolab.server.db.Dialect;
import pseudolab.server.participant.ParticipantDao;
import pseudolab.server.participant.ParticipantName;

/** Names are compared by their Unicode skeleton, so nobody registers a look-alike of a taken name. */
class LookAlikeNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static Response register(Api api, String name) throws Exception {
        return api.postJson("/api/participants", JSON.writeValueAsString(Map.of("name", name)), null);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Fiona                   | upper case                  | 409 | looks like 'fiona'",
                "\uFF46\uFF49\uFF4F\uFF4E\uFF41 | fullwidth letters     | 409 | looks like 'fiona'",
                "fi\u043Ena              | a Cyrillic o                | 422 | mixes writing systems",
                "\uFB01ona               | the fi ligature             | 409 | looks like 'fiona'",
                "fiona\u3164             | a trailing Hangul filler    | 422 | U+3164",
                "fi  ona                 | a double space              | 422 | two spaces in a row",
                "f\u200Biona             | a zero-width space          | 422 | U+200B",
                "\u200B\u200C\u2060      | only invisible characters   | 422 | invisible",
                "fion\u0430              | a Cyrillic a                | 422 | mixes writing systems",
            })
    void aLookAlikeOfATakenNameIsRefusedWithTheReason(String name, String what, int status, String reason) {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.register("fiona");

            Response r = register(api, name);

            assertThat(r.code()).as(what).isEqualTo(status);
            assertThat(Api.json(r).get("error").asText()).as(what).contains(reason);
        });
    }

    @Test
    void distinctNamesInAnyOneScriptRegisterAndKeepTheirSpellingForDisplay() {
        TestServer.run(TestServer.config(home, clock), api -> {
            for (String name : new String[] {"Fiona", "Иван", "José", "李小龙", "fi ona"}) {
                Response r = register(api, name);
                assertThat(r.code()).as(name).isEqualTo(201);
                assertThat(Api.json(r).get("name").asText()).isEqualTo(name);
            }
        });
    }

    @Test
    void namesRegisteredBeforeTheUpgradeGetTheirKeysSoTheirLookAlikesAreRefused() throws Exception {
        Path file = home.resolve("pseudolab.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure()
                .dataSource(old)
                .locations("classpath:db/migration")
                .placeholders(Dialect.SQLITE.placeholders())
                .target("1")
                .load()
                .migrate();
        try (var c = old.getConnection();
                var s = c.createStatement()) {
            s.execute("INSERT INTO participants (name, token_hash, created_at) VALUES ('Fiona', 'h', 0)");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.jdbi().onDemand(ParticipantDao.class).findByKey(ParticipantName.key("\uFB01ona")))
                    .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Fiona"));
        }
    }
}
