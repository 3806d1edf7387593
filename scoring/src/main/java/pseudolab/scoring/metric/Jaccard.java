package pseudolab.scoring.metric;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Mean over rows of the Jaccard similarity of the word sets of lower-cased, whitespace-split texts; two empty texts count 1 (Tweet Sentiment Extraction). */
public record Jaccard(List<String> columns) implements ColumnMetric {
    public static final String NAME = "jaccard";

    public Jaccard {
        columns = List.copyOf(columns);
    }

    /** The metric with its parameters ({@code columns=a,b}, default: every target column). */
    public static Jaccard of(Map<String, String> params) {
        return new Jaccard(MetricParams.columns(NAME, params));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }

    @Override
    public int maxColumns() {
        return 1;
    }

    @Override
    public double score(Table table, int[] rows) {
        String[] truth = table.truthTexts(0);
        String[] predicted = table.predictedTexts(0);
        double sum = 0;
        for (int row : rows) {
            sum += similarity(truth[row], predicted[row]);
        }
        return sum / rows.length;
    }

    /** |A ∩ B| / |A ∪ B| over the lower-cased words of a and b; 1 when both have no words. */
    public static double similarity(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() && wordsB.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        for (String w : wordsA) {
            if (wordsB.contains(w)) {
                common++;
            }
        }
        return (double) common / (wordsA.size() + wordsB.size() - common);
    }

    /** The distinct words of the lower-cased text, split on whitespace as Python str.split() does. */
    static Set<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean space = i == lower.length() || isSpace(lower.charAt(i));
            if (space && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }
}
