package pseudolab.server.db;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server's SQLite file: WAL journal, a busy timeout, full fsync on commit, IMMEDIATE transactions,
 * schema by Flyway, pooled connections. Writes go through {@link #write}, which also serialises them in
 * this process (SQLite has one writer; waiting on a Java lock is cheaper than its busy handler).
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 15_000;
    private static final int POOL_SIZE = 8;

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(Jdbi jdbi, HikariDataSource pool) {
        this.jdbi = jdbi;
        this.pool = pool;
    }

    /** Opens (creating if needed) the database file and migrates its schema. */
    public static Database open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new NameKeyMigration()).load().migrate();
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(dataSource);
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(2);
        pooling.setPoolName("pseudolab-sqlite");
        HikariDataSource pool = new HikariDataSource(pooling);
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        return new Database(jdbi, pool);
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

    /** Runs {@code work} in one IMMEDIATE transaction, one writer at a time in this process. */
    public <T> T write(Function<Handle, T> work) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(work::apply);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code PRAGMA integrity_check} and returns its first line ("ok" when intact). */
    public String integrityCheck() {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }
}
