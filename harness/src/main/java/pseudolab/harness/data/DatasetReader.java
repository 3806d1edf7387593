package pseudolab.harness.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pseudolab.harness.HarnessException;
import pseudolab.harness.data.TableReader.Rows;

/** Reads train.csv, test.csv and sample_submission.csv of a competition into a scaled {@link Dataset}. */
public final class DatasetReader {
    private final Optional<ImageShape> image;
    private final String task;

    /** {@code task} is {@code auto}, {@code classification} or {@code regression} (see {@link Task#RULE}). */
    public DatasetReader(Optional<ImageShape> image, String task) {
        this.image = image;
        this.task = task;
    }

    /** A reader that detects the task ({@code auto}). */
    public DatasetReader(Optional<ImageShape> image) {
        this(image, "auto");
    }

    /** Reads and scales the competition's data; every problem is a {@link HarnessException} naming file, line, column, value. */
    public Dataset read(Competition competition) {
        List<String> sample = TableReader.header(competition.sampleSubmission());
        if (sample.size() < 2) {
            throw new HarnessException(TableReader.name(competition.sampleSubmission())
                    + " must have an id column and at least one target column, found " + sample);
        }
        String idName = sample.get(0);
        List<String> submissionTargets = sample.subList(1, sample.size());
        List<String> train = TableReader.header(competition.train());
        List<String> test = TableReader.header(competition.test());
        int testId = TableReader.indexIgnoringCase(test, idName);
        List<String> features = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (i != testId) {
                features.add(test.get(i));
            }
        }
        int trainId = TableReader.indexIgnoringCase(train, idName);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (i != trainId && !test.contains(train.get(i))) {
                extra.add(train.get(i));
            }
        }
        if (extra.size() != 1) {
            throw new HarnessException("train.csv must have exactly one target column that test.csv lacks, found "
                    + (extra.isEmpty() ? "none" : extra));
        }
        String target = extra.get(0);
        int targetIndex = train.indexOf(target);
        int[] trainFeatureIndex = new int[features.size()];
        for (int j = 0; j < features.size(); j++) {
            trainFeatureIndex[j] = train.indexOf(features.get(j));
            if (trainFeatureIndex[j] < 0) {
                throw new HarnessException("column '" + features.get(j) + "' of test.csv is missing from train.csv");
            }
        }
        if (features.isEmpty()) {
            throw new HarnessException("test.csv has no feature columns besides '" + idName + "'");
        }
        image.ifPresent(shape -> {
            if (shape.pixels() != features.size()) {
                throw new HarnessException("image shape " + shape + " needs " + shape.pixels() + " pixel columns, but "
                        + "the data has " + features.size() + " feature columns");
            }
        });

        Rows trainRows = TableReader.rows(competition.train(), train, trainFeatureIndex, targetIndex, -1);
        if (trainRows.count() == 0) {
            throw new HarnessException("train.csv has a header but no rows");
        }
        int[] testFeatureIndex = new int[features.size()];
        for (int j = 0; j < features.size(); j++) {
            testFeatureIndex[j] = test.indexOf(features.get(j));
        }
        Rows testRows = TableReader.rows(competition.test(), test, testFeatureIndex, -1, testId);
        if (testRows.count() == 0) {
            throw new HarnessException("test.csv has a header but no rows");
        }
        List<String> ids = new ArrayList<>(testRows.ids());
        if (testId < 0) {
            for (int i = 0; i < testRows.count(); i++) {
                ids.add(Integer.toString(i + 1));
            }
        }
        if (Task.resolve(task, competition, submissionTargets.size(), trainRows.targets()) == Task.REGRESSION) {
            if (submissionTargets.size() != 1) {
                throw new HarnessException("regression needs exactly one target column in sample_submission.csv, found "
                        + submissionTargets);
            }
            NumericTargets values = values(competition.train(), target, trainRows.targets());
            String scaling = FeatureScaling.scale(features, trainRows.x(), testRows.x());
            return new Dataset(features, trainRows.x(), values, testRows.x(), ids, idName, submissionTargets, scaling);
        }
        ClassTargets labels = ClassTargets.of(trainRows.targets());
        if (submissionTargets.size() > 1) { // one probability column per class
            for (String column : submissionTargets) {
                if (!labels.classes().contains(column)) {
                    throw new HarnessException(
                            "column '" + column + "' of sample_submission.csv is not a class of train.csv's '" + target
                                    + "' (classes " + shortList(labels.classes()) + ")");
                }
            }
        }
        String scaling = FeatureScaling.scale(features, trainRows.x(), testRows.x());
        return new Dataset(features, trainRows.x(), labels, testRows.x(), ids, idName, submissionTargets, scaling);
    }

    /** Parses numeric targets; the first bad one is reported with its file, line, column and value. */
    private static NumericTargets values(Path train, String column, List<String> targets) {
        float[] out = new float[targets.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Float.parseFloat(targets.get(i).trim());
            } catch (NumberFormatException e) {
                out[i] = Float.NaN;
            }
            if (!Float.isFinite(out[i])) {
                throw new HarnessException(TableReader.name(train) + " line " + TableReader.lineOfRecord(train, i)
                        + ", column '" + column + "': regression needs a finite number, got '" + targets.get(i) + "'");
            }
        }
        return new NumericTargets(out);
    }

    /** At most 12 values joined with commas, then the count. */
    static String shortList(List<String> values) {
        return values.size() <= 12
                ? String.join(", ", values)
                : String.join(", ", values.subList(0, 12)) + ", ... (" + values.size() + ")";
    }
}
