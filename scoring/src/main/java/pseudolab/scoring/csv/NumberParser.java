package pseudolab.scoring.csv;

/**
 * Parses decimal numbers from char slices without creating strings: exact (correctly rounded) results,
 * a fast path for up to 15-16 significant digits and {@link Double#parseDouble} for the rest. Accepts an
 * optional sign, digits with an optional point, an optional exponent, surrounding spaces, and the words
 * nan, inf and infinity in any case (which give non-finite values the caller can refuse).
 */
public final class NumberParser {
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_LIMIT = 1L << 53;

    private double value;

    /** The value parsed by the last successful {@link #parse}. */
    public double value() {
        return value;
    }

    public boolean parse(String s) {
        return parse(s.toCharArray(), 0, s.length());
    }

    /** Parses the slice; false when it is not a number (then {@link #value()} is undefined). */
    public boolean parse(char[] b, int offset, int len) {
        int i = offset;
        int end = offset + len;
        while (i < end && b[i] == ' ') {
            i++;
        }
        while (end > i && b[end - 1] == ' ') {
            end--;
        }
        if (i == end) {
            return false;
        }
        int first = i;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
            if (i == end) {
                return false;
            }
        }
        if (!isDigit(b[i]) && b[i] != '.') {
            return parseWord(b, i, end, negative);
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean truncated = false;
        boolean any = false;
        while (i < end && isDigit(b[i])) {
            int d = b[i++] - '0';
            any = true;
            if (digits < 19) {
                if (mantissa != 0 || d != 0) {
                    mantissa = mantissa * 10 + d;
                    digits++;
                }
            } else {
                exponent++;
                truncated |= d != 0;
            }
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isDigit(b[i])) {
                int d = b[i++] - '0';
                any = true;
                if (digits < 19) {
                    if (mantissa != 0 || d != 0) {
                        mantissa = mantissa * 10 + d;
                        digits++;
                    }
                    exponent--;
                } else {
                    truncated |= d != 0;
                }
            }
        }
        if (!any) {
            return false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            if (i == end || !isDigit(b[i])) {
                return false;
            }
            int e = 0;
            while (i < end && isDigit(b[i])) {
                e = Math.min(e * 10 + (b[i++] - '0'), 100_000);
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != end) {
            return false;
        }
        double v;
        if (mantissa == 0) {
            v = 0.0;
        } else if (!truncated && mantissa < EXACT_LIMIT && exponent >= -22 && exponent <= 22) {
            v = exponent >= 0 ? mantissa * POWERS[exponent] : mantissa / POWERS[-exponent];
        } else {
            value = Double.parseDouble(new String(b, first, end - first));
            return true;
        }
        value = negative ? -v : v;
        return true;
    }

    private boolean parseWord(char[] b, int i, int end, boolean negative) {
        String word = new String(b, i, end - i);
        if (word.equalsIgnoreCase("nan")) {
            value = Double.NaN;
        } else if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            value = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            return false;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
