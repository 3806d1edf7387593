package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's home is its user's alone: folders 0700, the database, solutions and uploads 0600. */
class HomePermissionsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void everyFolderUnderHomeIs0700AndEveryFile0600() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(
                home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(home.resolve("pseudolab.db"), "");
        Files.setPosixFilePermissions(home.resolve("pseudolab.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(home.resolve("pseudolab.db")); // an empty file is not a database; only its permissions mattered
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 5, 1);
            api.submitOk(api.register("ada"), "zoo", Zoo.submission(5, 4), "none");

            assertThat(mode(home)).isEqualTo("rwx------");
            if (!TestDatabases.postgresql()) { // on PostgreSQL the home holds the shared files only
                assertThat(mode(home.resolve("pseudolab.db"))).isEqualTo("rw-------");
            }
            assertThat(mode(home.resolve("competitions/zoo/solution.csv"))).isEqualTo("rw-------");
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    assertThat(mode(p))
                            .as(home.relativize(p).toString())
                            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                }
            }
        });
    }
}
