package pseudolab.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import pseudolab.server.ServerException;

/**
 * The server's database: a SQLite file under the home (WAL journal, a busy timeout, full fsync on commit,
 * IMMEDIATE transactions), or a PostgreSQL database that several server instances share. Schema by Flyway
 * (the same migrations on both), pooled connections. Writes go through {@link #write}; on SQLite it also
 * serialises them in this process (one writer; waiting on a Java lock is cheaper than its busy handler), on
 * PostgreSQL each writer locks the rows it depends on (see the DAOs' {@code lock...} statements).
 */
public final class Database implements AutoCloseable {
    /** The prefix a {@code --database} URL must have. */
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    /**
     * The checksum Flyway recorded for V1 in SQLite files created before PostgreSQL support, when V1 named SQLite's
     * types itself; with SQLite's placeholder values the current V1 is the same text (Flyway checksums the text
     * before it replaces placeholders, so such files are repaired once to the new checksum).
     */
    static final int SQLITE_V1_BEFORE_PLACEHOLDERS = -2125106400;

    private static final int BUSY_TIMEOUT_MS = 15_000;
    private static final int POOL_SIZE = 8;

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(Jdbi jdbi, HikariDataSource pool, Dialect dialect) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Opens (creating if needed) the SQLite database file and migrates its schema. */
    public static Database open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(dataSource, Dialect.SQLITE);
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(dataSource);
        return pooled(pooling, "pseudolab-sqlite", Dialect.SQLITE);
    }

    /**
     * Connects to a shared PostgreSQL database ({@code jdbc:postgresql://host:port/name?user=...&password=...})
     * and migrates its schema (Flyway takes a database lock, so instances starting together migrate once).
     */
    public static Database open(String url) {
        if (url == null || !url.startsWith(POSTGRESQL_PREFIX)) {
            throw new ServerException(400, "database URL must start with " + POSTGRESQL_PREFIX + ", not '" + url + "'");
        }
        PGSimpleDataSource direct = new PGSimpleDataSource();
        try {
            direct.setURL(url);
            migrate(direct, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            throw new ServerException(503, "cannot use the database " + withoutParameters(url) + ": " + rootMessage(e));
        }
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(direct);
        return pooled(pooling, "pseudolab-postgresql", Dialect.POSTGRESQL);
    }

    /** The URL without its parameters (which may hold a password), for messages. */
    public static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .javaMigrations(new NameKeyMigration(), new StrategyMigration())
                .load();
        if (dialect == Dialect.SQLITE
                && Integer.valueOf(SQLITE_V1_BEFORE_PLACEHOLDERS).equals(recordedV1Checksum(dataSource))) {
            flyway.repair(); // V1 applied from the text it reads as on SQLite now: record the checksum of the new text
        }
        flyway.migrate();
    }

    /** The checksum V1 has in the history of a database, or null before its first migration. */
    private static Integer recordedV1Checksum(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '1'")) {
            return rs.next() ? rs.getInt(1) : null;
        } catch (SQLException e) {
            return null; // no history table yet
        }
    }

    private static Database pooled(HikariConfig pooling, String name, Dialect dialect) {
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(2);
        pooling.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(pooling);
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        return new Database(jdbi, pool, dialect);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        pool.close();
    }

    /** The Jdbi for reads (auto-commit, on-demand DAOs). */
    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether other server instances may change this database (PostgreSQL), so rows must not be kept in memory. */
    public boolean shared() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** Runs {@code work} in one transaction (IMMEDIATE on SQLite, one writer at a time in this process). */
    public <T> T write(Function<Handle, T> work) {
        if (shared()) {
            return jdbi.inTransaction(work::apply);
        }
        writeLock.lock();
        try {
            return jdbi.inTransaction(work::apply);
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether {@code e} reports a UNIQUE constraint violated (SQLite or PostgreSQL). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState())
                            || (sql.getMessage() != null && sql.getMessage().contains("SQLITE_CONSTRAINT_UNIQUE")))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Runs {@code PRAGMA integrity_check} (SQLite only) and returns its first line ("ok" when intact). */
    public String integrityCheck() {
        return jdbi.withHandle(
                h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }
}
