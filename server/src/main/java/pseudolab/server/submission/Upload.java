package pseudolab.server.submission;

import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded submission: content (read once), its size, the description (free text, never parsed for a
 * baseline) and the baseline flag, which only the host's admin token may set.
 */
public record Upload(InputStream content, long bytes, String description, boolean baseline) {
    public Upload {
        Objects.requireNonNull(content, "content");
        description = description == null ? "" : description.strip();
    }
}
