package pseudolab.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.app.AppException;
import pseudolab.scoring.competition.CompetitionDefinition;

class FashionMnistBuilderTest {
    private static final Path RAW = Path.of("..", "datasets", "fashion-mnist", "raw");
    private static final BuildOptions SMALL =
            BuildOptions.defaults().withLabels(50).withUnlabelled(300).withSeed(7);

    @TempDir
    Path temp;

    @Test
    void theSameOptionsWriteTheSameBytes() throws IOException {
        FashionMnistBuilder builder = new FashionMnistBuilder(RawFiles.in(RAW));
        builder.build(SMALL, temp.resolve("a"));
        builder.build(SMALL, temp.resolve("b"));
        for (String file :
                List.of("train.csv", "test.csv", "sample_submission.csv", "solution.csv", "competition.json")) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(file)));
        }
    }

    @Test
    void theDefinitionIsWrittenThroughTheRecordAndAFolderWrittenByTheOldBuilderStaysCurrent() throws IOException {
        new FashionMnistBuilder(RawFiles.in(RAW)).build(SMALL, temp);
        CompetitionDefinition d = CompetitionDefinition.read(temp);
        assertThat(d.slug()).isEqualTo(FashionMnistBuilder.SLUG);
        assertThat(d.metric()).isEqualTo("accuracy");
        assertThat(d.deadline()).hasToString("2030-12-31T23:59:00Z");
        assertThat(DatasetCatalog.isCurrent(temp, SMALL)).isTrue();
        assertThat(DatasetCatalog.isCurrent(temp, SMALL.withSeed(8))).isFalse();

        Files.writeString(temp.resolve("competition.json"), """
                {
                  "slug" : "fashion-mnist-pl",
                  "title" : "Fashion-MNIST pseudolabelling",
                  "description" : "Classify 28x28 Zalando article images.",
                  "metric" : "accuracy",
                  "metricParams" : { },
                  "deadline" : "2030-12-31T23:59:00Z",
                  "dailyLimit" : 5,
                  "finalSelections" : 2,
                  "build" : {
                    "labels" : 50,
                    "unlabelled" : 300,
                    "seed" : 7,
                    "publicFraction" : 0.3
                  }
                }
                """);
        assertThat(DatasetCatalog.isCurrent(temp, SMALL))
                .as("as the old builder wrote it")
                .isTrue();
        Files.writeString(temp.resolve("competition.json"), "{\"slug\": ");
        assertThat(DatasetCatalog.isCurrent(temp, SMALL)).as("broken: rebuilt").isFalse();
    }

    @Test
    void anotherSeedPicksOtherImages() throws IOException {
        FashionMnistBuilder builder = new FashionMnistBuilder(RawFiles.in(RAW));
        builder.build(SMALL, temp.resolve("a"));
        builder.build(SMALL.withSeed(8), temp.resolve("b"));
        assertThat(Files.readAllBytes(temp.resolve("a/train.csv")))
                .isNotEqualTo(Files.readAllBytes(temp.resolve("b/train.csv")));
    }

    @Test
    void trainIsClassBalancedInDigitRecognizerFormat() throws IOException {
        new FashionMnistBuilder(RawFiles.in(RAW)).build(SMALL, temp);
        List<String> lines = Files.readAllLines(temp.resolve("train.csv"));
        assertThat(lines.get(0)).startsWith("label,pixel0,pixel1,").endsWith(",pixel783");
        assertThat(lines).hasSize(51);
        Map<String, Long> perClass = lines.stream()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        assertThat(perClass)
                .hasSize(10)
                .allSatisfy((label, count) -> assertThat(count).isEqualTo(5L));
        assertThat(lines.get(1).split(",")).hasSize(785);
    }

    @Test
    void solutionSplitsThirtySeventyAndMatchesTestAndSampleIds() throws IOException {
        new FashionMnistBuilder(RawFiles.in(RAW)).build(SMALL, temp);
        List<String> solution = Files.readAllLines(temp.resolve("solution.csv"));
        assertThat(solution.get(0)).isEqualTo("ImageId,Label,Usage");
        assertThat(solution.stream().filter(l -> l.endsWith(",Public")).count()).isEqualTo(90);
        assertThat(solution.stream().filter(l -> l.endsWith(",Private")).count())
                .isEqualTo(210);
        List<String> sample = Files.readAllLines(temp.resolve("sample_submission.csv"));
        assertThat(sample.get(0)).isEqualTo("ImageId,Label");
        Set<String> sampleIds =
                sample.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        Set<String> solutionIds =
                solution.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        assertThat(sampleIds).isEqualTo(solutionIds).contains("1", "300");
        assertThat(Files.readAllLines(temp.resolve("test.csv")))
                .hasSize(301)
                .first()
                .asString()
                .startsWith("pixel0,");
    }

    @Test
    void labelledImagesNeverAppearInTheUnlabelledSet() throws IOException {
        new FashionMnistBuilder(RawFiles.in(RAW))
                .build(BuildOptions.defaults().withLabels(200).withUnlabelled(12_000), temp);
        Set<String> train = new HashSet<>();
        Files.readAllLines(temp.resolve("train.csv")).stream()
                .skip(1)
                .forEach(l -> train.add(l.substring(l.indexOf(',') + 1)));
        long overlap = Files.readAllLines(temp.resolve("test.csv")).stream()
                .skip(1)
                .filter(train::contains)
                .count();
        // Fashion-MNIST holds a handful of byte-identical images, so allow a tiny coincidental overlap.
        assertThat(overlap).isLessThan(5);
    }

    @Test
    void aTamperedRawFileIsRefusedByItsChecksum() throws IOException {
        Path raw = Files.createDirectories(temp.resolve("raw"));
        for (String name : List.of("SHA256SUMS", FashionMnist.TRAIN_LABELS_FILE)) {
            Files.copy(RAW.resolve(name), raw.resolve(name));
        }
        Files.write(raw.resolve(FashionMnist.TRAIN_LABELS_FILE), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> RawFiles.in(raw).verified(FashionMnist.TRAIN_LABELS_FILE))
                .isInstanceOf(AppException.class)
                .hasMessageContaining(FashionMnist.TRAIN_LABELS_FILE)
                .hasMessageContaining("does not match");
    }

    @Test
    void optionsOutOfRangeAreRefusedWithTheValue() {
        assertThatThrownBy(() -> BuildOptions.defaults().withLabels(5))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("--labels")
                .hasMessageContaining("5");
        assertThatThrownBy(() -> BuildOptions.defaults().withUnlabelled(70_000))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("--unlabelled");
    }
}
