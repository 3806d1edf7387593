package pseudolab.harness.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import pseudolab.harness.HarnessException;

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
        Header sample = header(competition.sampleSubmission());
        if (sample.names.size() < 2) {
            throw new HarnessException(name(competition.sampleSubmission())
                    + " must have an id column and at least one target column, found " + sample.names);
        }
        String idName = sample.names.get(0);
        List<String> submissionTargets = sample.names.subList(1, sample.names.size());
        Header train = header(competition.train());
        Header test = header(competition.test());
        int testId = indexIgnoringCase(test.names, idName);
        List<String> features = new ArrayList<>();
        for (int i = 0; i < test.names.size(); i++) {
            if (i != testId) {
                features.add(test.names.get(i));
            }
        }
        int trainId = indexIgnoringCase(train.names, idName);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < train.names.size(); i++) {
            if (i != trainId && !test.names.contains(train.names.get(i))) {
                extra.add(train.names.get(i));
            }
        }
        if (extra.size() != 1) {
            throw new HarnessException("train.csv must have exactly one target column that test.csv lacks, found "
                    + (extra.isEmpty() ? "none" : extra));
        }
        String target = extra.get(0);
        int targetIndex = train.names.indexOf(target);
        int[] trainFeatureIndex = new int[features.size()];
        for (int j = 0; j < features.size(); j++) {
            trainFeatureIndex[j] = train.names.indexOf(features.get(j));
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

        Rows trainRows = rows(competition.train(), train.names, trainFeatureIndex, targetIndex, -1);
        if (trainRows.count == 0) {
            throw new HarnessException("train.csv has a header but no rows");
        }
        int[] testFeatureIndex = new int[features.size()];
        for (int j = 0; j < features.size(); j++) {
            testFeatureIndex[j] = test.names.indexOf(features.get(j));
        }
        Rows testRows = rows(competition.test(), test.names, testFeatureIndex, -1, testId);
        if (testRows.count == 0) {
            throw new HarnessException("test.csv has a header but no rows");
        }
        List<String> ids = new ArrayList<>(testRows.ids);
        if (testId < 0) {
            for (int i = 0; i < testRows.count; i++) {
                ids.add(Integer.toString(i + 1));
            }
        }
        if (Task.resolve(task, competition, submissionTargets.size(), trainRows.targets) == Task.REGRESSION) {
            if (submissionTargets.size() != 1) {
                throw new HarnessException("regression needs exactly one target column in sample_submission.csv, found "
                        + submissionTargets);
            }
            float[] values = values(competition.train(), target, trainRows.targets);
            String scaling = scale(features, trainRows.x, testRows.x);
            return new Dataset(features, List.of(), trainRows.x, new int[trainRows.count], testRows.x, ids, idName,
                    submissionTargets, false, scaling, Task.REGRESSION, values);
        }
        List<String> classes = classes(trainRows.targets);
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i), i);
        }
        int[] y = new int[trainRows.count];
        for (int i = 0; i < y.length; i++) {
            y[i] = classIndex.get(trainRows.targets.get(i));
        }
        boolean probabilities = submissionTargets.size() > 1;
        if (probabilities) {
            for (String column : submissionTargets) {
                if (!classIndex.containsKey(column)) {
                    throw new HarnessException("column '" + column + "' of sample_submission.csv is not a class of train.csv's '"
                            + target + "' (classes " + shortList(classes) + ")");
                }
            }
        }
        String scaling = scale(features, trainRows.x, testRows.x);
        return new Dataset(features, classes, trainRows.x, y, testRows.x, ids, idName, submissionTargets,
                probabilities, scaling, Task.CLASSIFICATION, new float[0]);
    }

    /** Parses numeric targets; the first bad one is reported with its file, line, column and value. */
    private static float[] values(Path train, String column, List<String> targets) {
        float[] out = new float[targets.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(targets.get(i));
            if (!Float.isFinite(out[i])) {
                throw new HarnessException(name(train) + " line " + lineOfRecord(train, i) + ", column '" + column
                        + "': regression needs a finite number, got '" + targets.get(i) + "'");
            }
        }
        return out;
    }

    private static float number(String cell) {
        try {
            return Float.parseFloat(cell.trim());
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    /** The physical line of data record {@code index} (0-based, after the header); read again only for errors. */
    private static long lineOfRecord(Path path, int index) {
        try (CsvReader in = CsvReader.open(path)) {
            in.next();
            for (int i = 0; i <= index; i++) {
                in.next();
            }
            return in.line();
        }
    }

    private static String scale(List<String> features, float[] train, float[] test) {
        int d = features.size();
        boolean pixels = features.stream().allMatch(f -> f.toLowerCase().startsWith("pixel"));
        if (pixels) {
            float max = 0;
            for (float v : train) {
                max = Math.max(max, Math.abs(v));
            }
            float s = max > 1 ? 1f / max : 1f;
            for (int i = 0; i < train.length; i++) {
                train[i] *= s;
            }
            for (int i = 0; i < test.length; i++) {
                test[i] *= s;
            }
            return "pixels divided by train maximum " + max;
        }
        int n = train.length / d;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = train[i * d + j];
                mean[j] += v;
                sq[j] += v * v;
            }
        }
        float[] m = new float[d];
        float[] inv = new float[d];
        for (int j = 0; j < d; j++) {
            double mu = mean[j] / n;
            double var = Math.max(0, sq[j] / n - mu * mu);
            m[j] = (float) mu;
            inv[j] = var > 1e-12 ? (float) (1 / Math.sqrt(var)) : 1f;
        }
        for (float[] a : new float[][] {train, test}) {
            for (int i = 0; i < a.length; i++) {
                int j = i % d;
                a[i] = (a[i] - m[j]) * inv[j];
            }
        }
        return "standardised per column with train mean and standard deviation";
    }

    private static List<String> classes(List<String> targets) {
        TreeSet<String> distinct = new TreeSet<>(targets);
        boolean numeric = distinct.stream().allMatch(DatasetReader::isNumber);
        List<String> out = new ArrayList<>(distinct);
        if (numeric) {
            out.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** At most 12 values joined with commas, then the count. */
    static String shortList(List<String> values) {
        return values.size() <= 12 ? String.join(", ", values)
                : String.join(", ", values.subList(0, 12)) + ", ... (" + values.size() + ")";
    }

    private record Header(List<String> names) {
    }

    private static Header header(Path path) {
        try (CsvReader in = CsvReader.open(path)) {
            String[] h = in.next();
            if (h == null) {
                throw new HarnessException(name(path) + " is empty");
            }
            List<String> names = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (String raw : h) {
                String n = raw.trim();
                if (n.isEmpty()) {
                    throw new HarnessException(name(path) + " line 1: empty column name in column " + (names.size() + 1));
                }
                if (seen.put(n, names.size()) != null) {
                    throw new HarnessException(name(path) + " line 1: duplicate column '" + n + "'");
                }
                names.add(n);
            }
            return new Header(names);
        }
    }

    private static int indexIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static final class Rows {
        int count;
        float[] x = new float[0];
        final List<String> targets = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
    }

    private static Rows rows(Path path, List<String> names, int[] featureIndex, int targetIndex, int idIndex) {
        Rows rows = new Rows();
        int d = featureIndex.length;
        float[] x = new float[d * 1024];
        String file = name(path);
        try (CsvReader in = CsvReader.open(path)) {
            in.next();
            String[] r;
            while ((r = in.next()) != null) {
                if (r.length != names.size()) {
                    throw new HarnessException(file + " line " + in.line() + ": expected " + names.size()
                            + " fields, found " + r.length);
                }
                if ((rows.count + 1) * d > x.length) {
                    x = Arrays.copyOf(x, x.length * 2);
                }
                int base = rows.count * d;
                for (int j = 0; j < d; j++) {
                    String cell = r[featureIndex[j]];
                    float v;
                    try {
                        v = Float.parseFloat(cell);
                    } catch (NumberFormatException e) {
                        v = Float.NaN;
                    }
                    if (!Float.isFinite(v)) {
                        throw new HarnessException(file + " line " + in.line() + ", column '" + names.get(featureIndex[j])
                                + "': " + (cell.isBlank() ? "empty value" : "not a finite number '" + cell + "'"));
                    }
                    x[base + j] = v;
                }
                if (targetIndex >= 0) {
                    String t = r[targetIndex].trim();
                    if (t.isEmpty()) {
                        throw new HarnessException(file + " line " + in.line() + ", column '" + names.get(targetIndex)
                                + "': empty label");
                    }
                    rows.targets.add(t);
                }
                if (idIndex >= 0) {
                    String id = r[idIndex].trim();
                    if (id.isEmpty()) {
                        throw new HarnessException(file + " line " + in.line() + ", column '" + names.get(idIndex) + "': empty id");
                    }
                    rows.ids.add(id);
                }
                rows.count++;
            }
        }
        rows.x = Arrays.copyOf(x, rows.count * d);
        return rows;
    }
}
