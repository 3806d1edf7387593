package pseudolab.server.submission;

import java.io.InputStream;
import java.util.Objects;

/** An uploaded submission: content (read once), its size, the description and the host's baseline flag. */
public record Upload(InputStream content, long bytes, String description, boolean baselineFlag) {
    public Upload {
        Objects.requireNonNull(content, "content");
        description = description == null ? "" : description.strip();
    }

    /** A baseline by the flag or by the word "baseline" in its description. */
    public boolean baseline() {
        return baselineFlag || description.toLowerCase().contains("baseline");
    }
}
