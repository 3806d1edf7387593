package pseudolab.harness.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pseudolab.harness.HarnessException;

/** Reads one data CSV (train.csv, test.csv, a sample submission): its header, and the feature, target and id cells of its rows. */
final class TableReader {
    private TableReader() {}

    /** The cells read from a file's rows: row-major features, trimmed target labels and ids (empty when not asked for). */
    record Rows(int count, float[] x, List<String> targets, List<String> ids) {}

    /** The trimmed column names of the header; an empty file, empty or duplicate name is an error naming it. */
    static List<String> header(Path path) {
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
                    throw new HarnessException(
                            name(path) + " line 1: empty column name in column " + (names.size() + 1));
                }
                if (seen.put(n, names.size()) != null) {
                    throw new HarnessException(name(path) + " line 1: duplicate column '" + n + "'");
                }
                names.add(n);
            }
            return names;
        }
    }

    /** The index of {@code name} in {@code names} ignoring case, -1 when absent. */
    static int indexIgnoringCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    static String name(Path p) {
        return p.getFileName().toString();
    }

    /** The features (columns {@code featureIndex}), target ({@code targetIndex}) and id ({@code idIndex}) cells of every row; -1 skips one. */
    static Rows rows(Path path, List<String> names, int[] featureIndex, int targetIndex, int idIndex) {
        int count = 0;
        List<String> targets = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int d = featureIndex.length;
        float[] x = new float[d * 1024];
        String file = name(path);
        try (CsvReader in = CsvReader.open(path)) {
            in.next();
            String[] r;
            while ((r = in.next()) != null) {
                if (r.length != names.size()) {
                    throw new HarnessException(
                            file + " line " + in.line() + ": expected " + names.size() + " fields, found " + r.length);
                }
                if ((count + 1) * d > x.length) {
                    x = Arrays.copyOf(x, x.length * 2);
                }
                int base = count * d;
                for (int j = 0; j < d; j++) {
                    String cell = r[featureIndex[j]];
                    float v;
                    try {
                        v = Float.parseFloat(cell);
                    } catch (NumberFormatException e) {
                        v = Float.NaN;
                    }
                    if (!Float.isFinite(v)) {
                        throw new HarnessException(
                                file + " line " + in.line() + ", column '" + names.get(featureIndex[j]) + "': "
                                        + (cell.isBlank() ? "empty value" : "not a finite number '" + cell + "'"));
                    }
                    x[base + j] = v;
                }
                if (targetIndex >= 0) {
                    String t = r[targetIndex].trim();
                    if (t.isEmpty()) {
                        throw new HarnessException(
                                file + " line " + in.line() + ", column '" + names.get(targetIndex) + "': empty label");
                    }
                    targets.add(t);
                }
                if (idIndex >= 0) {
                    String id = r[idIndex].trim();
                    if (id.isEmpty()) {
                        throw new HarnessException(
                                file + " line " + in.line() + ", column '" + names.get(idIndex) + "': empty id");
                    }
                    ids.add(id);
                }
                count++;
            }
        }
        return new Rows(count, Arrays.copyOf(x, count * d), targets, ids);
    }

    /** The physical line of data record {@code index} (0-based, after the header); read again only for errors. */
    static long lineOfRecord(Path path, int index) {
        try (CsvReader in = CsvReader.open(path)) {
            in.next();
            for (int i = 0; i <= index; i++) {
                in.next();
            }
            return in.line();
        }
    }
}
