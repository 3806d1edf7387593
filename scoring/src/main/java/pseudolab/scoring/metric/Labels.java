package pseudolab.scoring.metric;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import pseudolab.scoring.csv.CharDictionary;
import pseudolab.scoring.csv.DoubleDictionary;

/**
 * The class labels of one column as int codes: numeric labels (when every truth value is a number, so
 * "1" and "1.0" are the same class) or text labels compared exactly. Grows as predictions add labels.
 */
public final class Labels {
    private final DoubleDictionary numbers;
    private final CharDictionary texts;

    private Labels(DoubleDictionary numbers, CharDictionary texts) {
        this.numbers = numbers;
        this.texts = texts;
    }

    public static Labels numeric() {
        return new Labels(new DoubleDictionary(), null);
    }

    public static Labels text() {
        return new Labels(null, new CharDictionary());
    }

    public boolean isNumeric() {
        return numbers != null;
    }

    public int size() {
        return numbers != null ? numbers.size() : texts.size();
    }

    /** The code of a numeric label (numeric dictionaries only). */
    public int code(double value) {
        return numbers.add(value);
    }

    /** The code of a text label (text dictionaries only). */
    public int code(char[] buf, int offset, int len) {
        return texts.add(buf, offset, len);
    }

    public int code(String label) {
        return texts.add(label);
    }

    /** The label's text, for numeric labels its shortest decimal form. */
    public String name(int code) {
        if (numbers == null) {
            return texts.get(code);
        }
        double v = numbers.get(code);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The position of each code when labels are sorted (numbers by value, text by code point order). */
    public int[] ranks() {
        Comparator<Integer> order =
                numbers != null ? Comparator.comparingDouble(numbers::get) : Comparator.comparing(texts::get);
        Integer[] sorted = IntStream.range(0, size()).boxed().sorted(order).toArray(Integer[]::new);
        int[] ranks = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ranks[sorted[i]] = i;
        }
        return ranks;
    }

    /** A copy that grows independently (each scored submission may add labels of its own). */
    public Labels copy() {
        return new Labels(numbers == null ? null : numbers.copy(), texts == null ? null : texts.copy());
    }

    @Override
    public String toString() {
        return "Labels"
                + Arrays.toString(
                        IntStream.range(0, size()).mapToObj(this::name).toArray());
    }
}
