package pseudolab.app.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pseudolab.app.AppException;
import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.scoring.competition.InvalidDefinitionException;

/** The datasets this checkout can build, by name, and whether a built folder is current. */
public record DatasetCatalog(Path datasetsFolder) {
    public static final String FASHION_MNIST = "fashion-mnist";
    private static final List<String> FILES =
            List.of("train.csv", "test.csv", "sample_submission.csv", "solution.csv", CompetitionDefinition.FILE_NAME);

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

    /** Whether {@code folder} holds every file and its competition.json records a build with {@code options}. */
    static boolean isCurrent(Path folder, BuildOptions options) {
        if (!FILES.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)))) {
            return false;
        }
        try {
            JsonNode recorded = CompetitionDefinition.read(folder).build();
            return FashionMnistBuilder.definition(options).build().equals(recorded);
        } catch (InvalidDefinitionException e) {
            return false; // rebuilt, which rewrites competition.json
        }
    }
}
