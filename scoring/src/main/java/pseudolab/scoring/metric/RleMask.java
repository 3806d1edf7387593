package pseudolab.scoring.metric;

import pseudolab.scoring.ScoringException;

/**
 * A run-length encoded mask: pairs {@code start length}, pixels numbered from 1 top to bottom within a
 * column, then column by column; starts ascend and runs never overlap. An empty text is an empty mask.
 * Held as the first pixel and the pixel after the last of each run.
 */
record RleMask(int[] starts, int[] ends) {

    /** The mask of an image of {@code pixels} pixels; throws {@link ScoringException} saying what is malformed. */
    static RleMask parse(String text, int pixels) {
        int[] numbers = new int[16];
        int count = 0;
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            long value = 0;
            while (i < n && !isSpace(text.charAt(i))) {
                char c = text.charAt(i++);
                if (c < '0' || c > '9') {
                    String token = token(text, start);
                    throw new ScoringException("'" + token + "' "
                            + (token.matches("-[0-9]+") ? "must be at least 1" : "is not a whole number"));
                }
                value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE + 1L);
            }
            if (value == 0) {
                throw new ScoringException("'" + token(text, start) + "' must be at least 1");
            }
            if (value > pixels) {
                throw new ScoringException("'" + token(text, start) + "' is past the last pixel " + pixels);
            }
            if (count == numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = (int) value;
        }
        if (count % 2 != 0) {
            throw new ScoringException("odd count of numbers (" + count + "); runs are pairs 'start length'");
        }
        int[] starts = new int[count / 2];
        int[] ends = new int[count / 2];
        for (int r = 0; r < starts.length; r++) {
            int start = numbers[2 * r];
            long end = (long) start + numbers[2 * r + 1];
            if (r > 0 && start < ends[r - 1]) {
                throw new ScoringException(
                        start <= starts[r - 1]
                                ? "run '" + start + " " + numbers[2 * r + 1] + "' starts out of order (after a run at "
                                        + starts[r - 1] + ")"
                                : "run '" + start + " " + numbers[2 * r + 1] + "' overlaps the previous run (pixels "
                                        + starts[r - 1] + " to " + (ends[r - 1] - 1) + ")");
            }
            if (end - 1 > pixels) {
                throw new ScoringException("run '" + start + " " + numbers[2 * r + 1] + "' ends at pixel " + (end - 1)
                        + ", past the last pixel " + pixels);
            }
            starts[r] = start;
            ends[r] = (int) end;
        }
        return new RleMask(starts, ends);
    }

    /** Why the text is not a valid mask of that many pixels, or null. */
    static String problem(String text, int pixels) {
        try {
            parse(text, pixels);
            return null;
        } catch (ScoringException e) {
            return e.getMessage();
        }
    }

    /** The number of pixels in the mask. */
    long area() {
        long area = 0;
        for (int r = 0; r < starts.length; r++) {
            area += ends[r] - starts[r];
        }
        return area;
    }

    /** The number of pixels in both masks (a merge of the two sorted run lists). */
    long intersection(RleMask other) {
        long common = 0;
        int a = 0;
        int b = 0;
        while (a < starts.length && b < other.starts.length) {
            int lo = Math.max(starts[a], other.starts[b]);
            int hi = Math.min(ends[a], other.ends[b]);
            if (hi > lo) {
                common += hi - lo;
            }
            if (ends[a] < other.ends[b]) {
                a++;
            } else {
                b++;
            }
        }
        return common;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String token(String text, int start) {
        int end = start;
        while (end < text.length() && !isSpace(text.charAt(end)) && end - start < 20) {
            end++;
        }
        return text.substring(start, end);
    }
}
