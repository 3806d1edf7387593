package pseudolab.scoring.metric;

import java.util.Arrays;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.csv.NumberParser;

/**
 * Boxes read from a space-separated string of groups: {@code x_min y_min width height} for true boxes,
 * {@code confidence x_min y_min width height} for predictions; in pixels, finite, with positive sizes.
 * An empty string holds no boxes. Coordinates are kept as corners (x1, y1, x2, y2) with their area.
 */
record Boxes(int count, double[] confidence, double[] x1, double[] y1, double[] x2, double[] y2, double[] area) {

    /** Reads true boxes (four numbers each, {@code withConfidence} false) or predictions (five each). */
    static Boxes parse(String text, boolean withConfidence, NumberParser parser) {
        int group = withConfidence ? 5 : 4;
        double[] numbers = new double[group * 8];
        int count = 0;
        char[] chars = text.toCharArray();
        int i = 0;
        int n = chars.length;
        while (true) {
            while (i < n && isSpace(chars[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(chars[i])) {
                i++;
            }
            if (!parser.parse(chars, start, i - start) || !Double.isFinite(parser.value())) {
                throw new ScoringException("'" + shorten(text.substring(start, i)) + "' is not a finite number");
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = parser.value();
        }
        if (count % group != 0) {
            throw new ScoringException(count + " numbers is not a whole number of boxes of " + group
                    + (withConfidence ? " (confidence x_min y_min width height)" : " (x_min y_min width height)"));
        }
        int boxes = count / group;
        Boxes b = new Boxes(
                boxes,
                withConfidence ? new double[boxes] : null,
                new double[boxes],
                new double[boxes],
                new double[boxes],
                new double[boxes],
                new double[boxes]);
        for (int k = 0, o = 0; k < boxes; k++, o += group) {
            if (withConfidence) {
                b.confidence[k] = numbers[o];
            }
            double x = numbers[o + group - 4];
            double y = numbers[o + group - 3];
            double w = numbers[o + group - 2];
            double h = numbers[o + group - 1];
            if (!(w > 0) || !(h > 0)) {
                throw new ScoringException("box " + (k + 1) + " has width " + num(w) + " and height " + num(h)
                        + "; both must be positive");
            }
            b.x1[k] = x;
            b.y1[k] = y;
            b.x2[k] = x + w;
            b.y2[k] = y + h;
            b.area[k] = w * h;
        }
        return b;
    }

    /** Why the text is not a valid list of boxes, or null. */
    static String problem(String text, boolean withConfidence) {
        try {
            parse(text, withConfidence, new NumberParser());
            return null;
        } catch (ScoringException e) {
            return e.getMessage();
        }
    }

    /** Intersection over union of box {@code i} of these boxes and box {@code j} of the others (continuous areas). */
    double iou(int i, Boxes other, int j) {
        double w = Math.min(x2[i], other.x2[j]) - Math.max(x1[i], other.x1[j]);
        if (w <= 0) {
            return 0;
        }
        double h = Math.min(y2[i], other.y2[j]) - Math.max(y1[i], other.y1[j]);
        if (h <= 0) {
            return 0;
        }
        double intersection = w * h;
        return intersection / (area[i] + other.area[j] - intersection);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String shorten(String token) {
        return token.length() > 20 ? token.substring(0, 20) + "..." : token;
    }
}
