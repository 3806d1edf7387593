package pseudolab.app.datasets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import pseudolab.app.AppException;
import pseudolab.scoring.competition.CompetitionDefinition;

/**
 * Derives a Digit Recognizer-format competition from the committed Fashion-MNIST files: a class-balanced
 * labelled train.csv, an unlabelled test.csv, sample_submission.csv, the hidden solution.csv split into
 * Public and Private rows, and competition.json. The same options always give the same bytes.
 */
public final class FashionMnistBuilder {
    public static final String SLUG = "fashion-mnist-pl";

    private final RawFiles raw;

    public FashionMnistBuilder(RawFiles raw) {
        this.raw = raw;
    }

    /** Writes the competition folder {@code out} and returns what it wrote. */
    public BuiltCompetition build(BuildOptions options, Path out) {
        LabelledImages train = new LabelledImages(
                IdxFile.readGzip(raw.verified(FashionMnist.TRAIN_IMAGES_FILE)),
                IdxFile.readGzip(raw.verified(FashionMnist.TRAIN_LABELS_FILE)));
        LabelledImages test = new LabelledImages(
                IdxFile.readGzip(raw.verified(FashionMnist.TEST_IMAGES_FILE)),
                IdxFile.readGzip(raw.verified(FashionMnist.TEST_LABELS_FILE)));
        Random random = new Random(options.seed());
        int[] trainOrder = permutation(train.size(), random);
        List<Integer> labelled = balancedPick(train, trainOrder, options.labels());
        List<Integer> unlabelled =
                unlabelledPick(trainOrder, labelled, train.size(), test.size(), options.unlabelled(), random);
        boolean[] isPublic = publicRows(unlabelled.size(), options.publicFraction(), random);
        try {
            Files.createDirectories(out);
            writeTrain(out.resolve("train.csv"), train, labelled);
            writeTest(out.resolve("test.csv"), train, test, unlabelled);
            writeSolutionAndSample(out, train, test, unlabelled, isPublic);
            definition(options).write(out);
        } catch (IOException e) {
            throw new AppException("cannot write the competition to " + out + ": " + e.getMessage(), e);
        }
        int publicCount = (int)
                IntStream.range(0, isPublic.length).filter(i -> isPublic[i]).count();
        return new BuiltCompetition(out, SLUG, labelled.size(), unlabelled.size(), publicCount);
    }

    /** The build parameters recorded in competition.json, to tell whether an existing folder matches. */
    private static ObjectNode buildRecord(BuildOptions options) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("labels", options.labels())
                .put("unlabelled", options.unlabelled())
                .put("seed", options.seed())
                .put("publicFraction", options.publicFraction());
    }

    private static int[] permutation(int n, Random random) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static List<Integer> balancedPick(LabelledImages train, int[] order, int labels) {
        int[] quota = new int[FashionMnist.CLASSES];
        for (int c = 0; c < quota.length; c++) {
            quota[c] = labels / FashionMnist.CLASSES + (c < labels % FashionMnist.CLASSES ? 1 : 0);
        }
        List<Integer> picked = new ArrayList<>(labels);
        for (int index : order) {
            if (picked.size() == labels) {
                break;
            }
            int label = train.label(index);
            if (quota[label] > 0) {
                quota[label]--;
                picked.add(index);
            }
        }
        return picked;
    }

    /** Test images first (references >= trainSize), then unused train images, in a shuffled order. */
    private static List<Integer> unlabelledPick(
            int[] trainOrder, List<Integer> labelled, int trainSize, int testSize, int wanted, Random random) {
        int[] testOrder = permutation(testSize, random);
        List<Integer> picked = new ArrayList<>(wanted);
        for (int i = 0; i < testSize && picked.size() < wanted; i++) {
            picked.add(trainSize + testOrder[i]);
        }
        boolean[] used = new boolean[trainSize];
        labelled.forEach(i -> used[i] = true);
        for (int i = 0; i < trainOrder.length && picked.size() < wanted; i++) {
            if (!used[trainOrder[i]]) {
                picked.add(trainOrder[i]);
            }
        }
        int[] mix = permutation(picked.size(), random);
        List<Integer> shuffled = new ArrayList<>(picked.size());
        for (int i : mix) {
            shuffled.add(picked.get(i));
        }
        return shuffled;
    }

    private static boolean[] publicRows(int n, double fraction, Random random) {
        int[] order = permutation(n, random);
        boolean[] isPublic = new boolean[n];
        int publicCount = (int) Math.round(n * fraction);
        for (int i = 0; i < publicCount; i++) {
            isPublic[order[i]] = true;
        }
        return isPublic;
    }

    private static void writeTrain(Path file, LabelledImages train, List<Integer> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("label," + pixelHeader() + "\n");
            StringBuilder line = new StringBuilder(4096);
            for (int index : rows) {
                line.setLength(0);
                line.append(train.label(index)).append(',');
                train.appendPixels(index, line);
                out.append(line).append('\n');
            }
        }
    }

    private static void writeTest(Path file, LabelledImages train, LabelledImages test, List<Integer> rows)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(pixelHeader() + "\n");
            StringBuilder line = new StringBuilder(4096);
            for (int ref : rows) {
                line.setLength(0);
                source(ref, train, test).appendPixels(index(ref, train), line);
                out.append(line).append('\n');
            }
        }
    }

    private static void writeSolutionAndSample(
            Path out, LabelledImages train, LabelledImages test, List<Integer> rows, boolean[] isPublic)
            throws IOException {
        try (BufferedWriter solution = Files.newBufferedWriter(out.resolve("solution.csv"));
                BufferedWriter sample = Files.newBufferedWriter(out.resolve("sample_submission.csv"))) {
            solution.write("ImageId,Label,Usage\n");
            sample.write("ImageId,Label\n");
            for (int i = 0; i < rows.size(); i++) {
                int ref = rows.get(i);
                int label = source(ref, train, test).label(index(ref, train));
                solution.write((i + 1) + "," + label + "," + (isPublic[i] ? "Public" : "Private") + "\n");
                sample.write((i + 1) + ",0\n");
            }
        }
    }

    /** The competition's definition; its {@code build} record tells {@link DatasetCatalog} whether a folder is current. */
    static CompetitionDefinition definition(BuildOptions options) {
        String description = "Classify 28x28 Zalando article images into 10 classes ("
                + String.join(", ", FashionMnist.CLASS_NAMES) + ") from only " + options.labels()
                + " labelled images; the " + options.unlabelled() + " unlabelled test images are there to be"
                + " pseudolabelled. Digit Recognizer format: submit ImageId,Label. Scored by accuracy on "
                + Math.round(options.publicFraction() * 100) + "% Public / "
                + Math.round((1 - options.publicFraction()) * 100) + "% Private rows."
                + " Data: Fashion-MNIST by Zalando Research, MIT licence.";
        return new CompetitionDefinition(
                SLUG,
                "Fashion-MNIST pseudolabelling",
                description,
                null,
                "accuracy",
                Map.of(),
                options.deadline() == null ? null : Instant.parse(options.deadline()),
                options.dailyLimit(),
                options.finalSelections(),
                List.of(),
                null,
                buildRecord(options));
    }

    private static String pixelHeader() {
        StringBuilder header = new StringBuilder();
        for (int p = 0; p < FashionMnist.PIXELS; p++) {
            header.append(p == 0 ? "" : ",").append("pixel").append(p);
        }
        return header.toString();
    }

    private static LabelledImages source(int ref, LabelledImages train, LabelledImages test) {
        return ref >= train.size() ? test : train;
    }

    private static int index(int ref, LabelledImages train) {
        return ref >= train.size() ? ref - train.size() : ref;
    }
}
