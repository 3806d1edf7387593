package pseudolab.server.competition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import pseudolab.server.OwnerOnly;
import pseudolab.server.ServerException;

/**
 * The files under {@code home/competitions/<slug>/}: {@code solution.csv} (never served), {@code public/}
 * (downloads) and {@code submissions/} (uploads, by a random name).
 */
public final class CompetitionStore {
    private final Path root;

    public CompetitionStore(Path home) {
        this.root = home.resolve("competitions");
    }

    public Path solution(String slug) {
        return root.resolve(slug).resolve("solution.csv");
    }

    /** A public file; the caller has checked {@code name} against the competition's list of files. */
    public Path publicFile(String slug, String name) {
        return root.resolve(slug).resolve("public").resolve(name);
    }

    /** A new empty staging folder for a competition being created. */
    public Path newStaging() {
        return createDirectories(
                root.resolve(".staging").resolve(UUID.randomUUID().toString()));
    }

    /**
     * Moves a staged folder to its final place; 409 if a folder for the slug exists already (another creation of the
     * same slug, on this or another instance sharing the folder, got there first).
     */
    public void publish(Path staging, String slug) {
        try {
            Files.move(staging, root.resolve(slug), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new ServerException(409, "competition '" + slug + "' exists already");
        } catch (IOException e) {
            if (Files.exists(root.resolve(slug))) { // rename(2) onto a folder with files: ENOTEMPTY, no subclass
                throw new ServerException(409, "competition '" + slug + "' exists already");
            }
            throw new UncheckedIOException("cannot move the competition files into place for " + slug, e);
        }
    }

    /** Copies {@code content} to {@code target} and forces it to disk; returns the number of bytes. */
    public static long save(InputStream content, Path target) {
        try (content) {
            createDirectories(target.getParent());
            long bytes = Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.file(target);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target.getFileName(), e);
        }
    }

    /** Removes the files of a competition whose creation failed after they were put in place. */
    public void unpublish(String slug) {
        deleteQuietly(root.resolve(slug));
    }

    /** The stored file of a submission of {@code slug} (its name as the submissions table holds it). */
    public Path submission(String slug, String file) {
        return root.resolve(slug).resolve("submissions").resolve(file);
    }

    /** A new, not yet existing path for an uploaded submission of {@code slug}. */
    public Path newSubmission(String slug) {
        return root.resolve(slug).resolve("submissions").resolve(UUID.randomUUID() + ".csv");
    }

    /**
     * Deletes what a crash can leave behind (called at startup, before any request): staging folders,
     * competition folders whose slug has no database row, and submission files that no row references.
     * Only paths last modified before {@code before} go ({@link Instant#MAX}: all). Returns what was deleted,
     * relative to the home's competitions folder.
     */
    public List<String> reclaim(Set<String> slugs, Function<String, Set<String>> submissionFilesOf, Instant before) {
        List<String> deleted = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return deleted;
        }
        for (Path dir : list(root)) {
            String name = dir.getFileName().toString();
            if (name.equals(".staging")) {
                for (Path staged : list(dir).stream()
                        .filter(p -> modifiedBefore(p, before))
                        .toList()) {
                    deleteQuietly(staged);
                    deleted.add(root.relativize(staged).toString());
                }
            } else if (!slugs.contains(name) && modifiedBefore(dir, before)) {
                deleteQuietly(dir);
                deleted.add(name);
            } else if (slugs.contains(name)) {
                Set<String> known = submissionFilesOf.apply(name);
                for (Path file : list(dir.resolve("submissions"))) {
                    if (!known.contains(file.getFileName().toString()) && modifiedBefore(file, before)) {
                        deleteQuietly(file);
                        deleted.add(root.relativize(file).toString());
                    }
                }
            }
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path path, Instant before) {
        if (before.equals(Instant.MAX)) {
            return true;
        }
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(before);
        } catch (IOException e) {
            return false; // gone already, or unreadable: leave it
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Deletes a file or folder tree, quietly (cleanup after a refused upload). */
    public static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover file is harmless, it is never referenced
        }
    }

    private static Path createDirectories(Path dir) {
        return OwnerOnly.folder(dir);
    }
}
