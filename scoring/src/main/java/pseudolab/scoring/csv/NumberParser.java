package pseudolab.scoring.csv;

import java.math.BigInteger;

/**
 * Parses decimal numbers from char slices without creating strings: exact (correctly rounded) results,
 * a fast path for up to 15-16 significant digits and {@link Double#parseDouble} for the rest. Accepts an
 * optional sign, digits with an optional point, an optional exponent, surrounding spaces, and the words
 * nan, inf and infinity in any case (which give non-finite values the caller can refuse).
 */
public final class NumberParser {
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final long EXACT_LIMIT = 1L << 53;
    /** Significant digits kept in the long mantissa (10^18 < 2^63); more fall back to the JDK. */
    private static final int MAX_DIGITS = 18;

    /** Decimal exponents with a cached 64-bit power of five for the long-mantissa path. */
    private static final int POWER_RANGE = 64;

    private final long[] fiveHigh = new long[2 * POWER_RANGE + 1];
    private final int[] fiveExponent = new int[2 * POWER_RANGE + 1];
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
            if (digits < MAX_DIGITS) {
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
                if (digits < MAX_DIGITS) {
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
        } else if (truncated || Double.isNaN(v = longMantissa(mantissa, exponent))) {
            value = Double.parseDouble(new String(b, first, end - first));
            return true;
        }
        value = negative ? -v : v;
        return true;
    }

    /**
     * mantissa x 10^exponent for mantissas of up to 19 digits, correctly rounded, or NaN when the
     * truncated 128-bit product cannot decide the rounding (the caller then falls back). The product of the
     * normalised mantissa and the top 64 bits of 5^exponent underestimates the exact value by less than two
     * units of its high word, so the rounding is certain unless the bits below the rounding bit are within
     * two units of a carry, or are zero with the rounding bit set (a possible exact tie).
     */
    private double longMantissa(long mantissa, int exponent) {
        if (exponent < -POWER_RANGE || exponent > POWER_RANGE) {
            return Double.NaN;
        }
        int index = exponent + POWER_RANGE;
        if (fiveHigh[index] == 0) {
            cachePowerOfFive(exponent, index);
        }
        int lz = Long.numberOfLeadingZeros(mantissa);
        long w = mantissa << lz;
        long five = fiveHigh[index];
        long hi = Math.multiplyHigh(w, five) + ((w >> 63) & five) + ((five >> 63) & w);
        int upper = (int) (hi >>> 63);
        int restBits = 9 + upper;
        long mask = (1L << restBits) - 1;
        long rest = hi & mask;
        long bits54 = hi >>> restBits;
        if (rest >= mask - 1 || (rest == 0 && (bits54 & 1) == 1)) {
            return Double.NaN;
        }
        long bits53 = (bits54 >>> 1) + (bits54 & 1);
        int binaryExponent = restBits + 1 + 128 + fiveExponent[index] + exponent - lz;
        if (bits53 == 1L << 53) {
            bits53 >>>= 1;
            binaryExponent++;
        }
        int biased = binaryExponent + 52 + 1023;
        if (biased <= 0 || biased >= 2047) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (bits53 & ((1L << 52) - 1)));
    }

    /** 5^exponent ~ T x 2^e with T in [2^127, 2^128) truncated; caches the top 64 bits of T and e. */
    private void cachePowerOfFive(int exponent, int index) {
        BigInteger t;
        int e;
        if (exponent >= 0) {
            BigInteger five = BigInteger.valueOf(5).pow(exponent);
            int shift = 128 - five.bitLength();
            t = shift >= 0 ? five.shiftLeft(shift) : five.shiftRight(-shift);
            e = -shift;
        } else {
            BigInteger five = BigInteger.valueOf(5).pow(-exponent);
            int length = five.bitLength();
            t = BigInteger.ONE.shiftLeft(127 + length).divide(five);
            e = -(127 + length);
        }
        fiveHigh[index] = t.shiftRight(64).longValue();
        fiveExponent[index] = e;
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
