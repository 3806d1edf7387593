package pseudolab.app.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import pseudolab.app.AppException;

/** The datasets this checkout can build, by name, and whether a built folder is current. */
public record DatasetCatalog(Path datasetsFolder) {
    public static final String FASHION_MNIST = "fashion-mnist";
    private static final List<String> FILES = List.of("train.csv", "test.csv", "sample_submission.csv",
            "solution.csv", "competition.json");

    /** Builds {@code name} into its folder (or {@code out}); always rewrites the files. */
    public BuiltCompetition build(String name, BuildOptions options, Path out) {
        if (!FASHION_MNIST.equals(name)) {
            throw new AppException("unknown dataset '" + name + "' (known: " + FASHION_MNIST + ")");
        }
        Path folder = datasetsFolder.resolve(FASHION_MNIST);
        return new FashionMnistBuilder(RawFiles.in(folder.resolve("raw"))).build(options, out == null ? folder : out);
    }

    /** The Fashion-MNIST competition folder, built only when missing or built with other options. */
    public Path ensureFashionMnist(BuildOptions options) {
        Path folder = datasetsFolder.resolve(FASHION_MNIST);
        if (!isCurrent(folder, options)) {
            build(FASHION_MNIST, options, folder);
        }
        return folder;
    }

    private static boolean isCurrent(Path folder, BuildOptions options) {
        if (!FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)))) {
            return false;
        }
        try {
            JsonNode recorded = new ObjectMapper().readTree(folder.resolve("competition.json").toFile()).path("build");
            Map<String, Object> wanted = FashionMnistBuilder.buildRecord(options);
            return new ObjectMapper().valueToTree(wanted).equals(recorded);
        } catch (IOException e) {
            return false;
        }
    }
}
