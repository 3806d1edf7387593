package pseudolab.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import pseudolab.server.auth.Tokens;

/** Finds the admin token: the option, else the environment, else the one stored under home, else a new one. */
final class AdminToken {
    static final String FILE = "admin-token";

    /** The token and whether it was generated just now (so it is printed once). */
    record Resolved(String token, boolean generated) {}

    private AdminToken() {}

    static Resolved resolve(String option, String environment, Path home) {
        if (option != null && !option.isBlank()) {
            return new Resolved(option.strip(), false);
        }
        if (environment != null && !environment.isBlank()) {
            return new Resolved(environment.strip(), false);
        }
        Path file = home.resolve(FILE);
        return stored(file).map(t -> new Resolved(t, false)).orElseGet(() -> new Resolved(store(file), true));
    }

    private static Optional<String> stored(Path file) {
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String store(Path file) {
        String token = new Tokens().generate();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps its default permissions
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
