package pseudolab.harness.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import pseudolab.harness.HarnessException;

/** Writes and reads provenance JSON. */
public final class ProvenanceWriter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Provenance provenance, Path file) {
        try {
            json.writeValue(file.toFile(), provenance);
        } catch (IOException e) {
            throw new HarnessException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public Provenance read(Path file) {
        try {
            return json.readValue(file.toFile(), Provenance.class);
        } catch (IOException e) {
            throw new HarnessException("cannot read provenance " + file + ": " + e.getMessage(), e);
        }
    }
}
