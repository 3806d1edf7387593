package pseudolab.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the server's home readable by the server's user only: folders 0700, files 0600 (the database, the
 * solutions, the admin token, the stored submissions). Does nothing on a file system without POSIX permissions.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates {@code dir} and its missing parents as 0700 folders; returns it. */
    public static Path folder(Path dir) {
        try {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(dir, FOLDER);
            } else {
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Makes {@code file} 0600. */
    public static void file(Path file) {
        try {
            if (posix()) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + file, e);
        }
    }

    /** Makes every folder under {@code root} (itself included) 0700 and every file 0600. */
    public static void tree(Path root) {
        if (!posix() || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions under " + root, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
