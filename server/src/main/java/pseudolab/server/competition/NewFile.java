package pseudolab.server.competition;

import java.io.InputStream;
import java.util.Objects;

/** An uploaded file of a new competition: its name and its content (read once). */
public record NewFile(String name, InputStream content) {
    public NewFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
