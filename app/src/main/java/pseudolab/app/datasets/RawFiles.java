package pseudolab.app.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import pseudolab.app.AppException;

/** The committed raw files of a dataset, checked against the SHA-256 sums in the folder's SHA256SUMS. */
public record RawFiles(Path folder, Map<String, String> expectedSha256) {

    /** Reads {@code folder/SHA256SUMS} (sha256sum format). */
    public static RawFiles in(Path folder) {
        Path sums = folder.resolve("SHA256SUMS");
        if (!Files.isRegularFile(sums)) {
            throw new AppException("missing " + sums.toAbsolutePath() + " (the committed raw data); run pseudolab"
                    + " from the repository root, e.g. ./pseudolab in a clone");
        }
        try {
            Map<String, String> expected = new LinkedHashMap<>();
            for (String line : Files.readAllLines(sums)) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split("\\s+\\*?", 2);
                    expected.put(parts[1], parts[0].toLowerCase());
                }
            }
            return new RawFiles(folder, Map.copyOf(expected));
        } catch (IOException e) {
            throw new AppException("cannot read " + sums + ": " + e.getMessage(), e);
        }
    }

    /** The path of {@code name}, after checking that it exists and its SHA-256 matches. */
    public Path verified(String name) {
        String expected = expectedSha256.get(name);
        if (expected == null) {
            throw new AppException(name + " is not listed in " + folder.resolve("SHA256SUMS"));
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AppException("missing raw file " + file);
        }
        String actual = sha256(file);
        if (!actual.equals(expected)) {
            throw new AppException(file + ": SHA-256 " + actual + " does not match the expected " + expected);
        }
        return file;
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new AppException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
