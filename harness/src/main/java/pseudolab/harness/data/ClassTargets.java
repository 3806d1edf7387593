package pseudolab.harness.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import pseudolab.harness.HarnessException;

/** The targets of a classification: the class names and each train row's index into them. */
public record ClassTargets(List<String> classes, int[] indices) implements Targets {
    public ClassTargets {
        classes = List.copyOf(classes);
        if (classes.size() < 2) {
            throw new HarnessException("train has " + classes.size() + " class(es); at least 2 are needed");
        }
        for (int i : indices) {
            if (i < 0 || i >= classes.size()) {
                throw new HarnessException("class index " + i + " is outside the " + classes.size() + " classes");
            }
        }
    }

    /** The classes of the train label cells (ordered as numbers when every one is a number, else as text) and each row's index. */
    public static ClassTargets of(List<String> labels) {
        TreeSet<String> distinct = new TreeSet<>(labels);
        List<String> classes = new ArrayList<>(distinct);
        if (distinct.stream().allMatch(ClassTargets::isNumber)) {
            classes.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        return new ClassTargets(classes, labels.stream().mapToInt(index::get).toArray());
    }

    /** How many classes there are. */
    public int count() {
        return classes.size();
    }

    @Override
    public int rows() {
        return indices.length;
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
