package pseudolab.scoring.csv;

import java.util.Arrays;

/** A few thousand parsed records in flat arrays, handed from the parsing thread to the reading thread. */
final class RecordBatch {
    static final int RECORDS = 4096;
    private static final int CHARS = 1 << 17;

    char[] chars = new char[CHARS];
    int charCount;
    int[] fieldStart = new int[RECORDS * 4];
    int[] fieldLength = new int[RECORDS * 4];
    /** Per field: 0 not parsed yet, 1 a number (in numbers[]), 2 not a number. */
    byte[] numberState = new byte[RECORDS * 4];

    double[] numbers = new double[RECORDS * 4];
    int fieldCount;
    final int[] firstField = new int[RECORDS + 1];
    final long[] lines = new long[RECORDS];
    int records;
    RuntimeException error;
    boolean last;

    void clear() {
        charCount = 0;
        fieldCount = 0;
        records = 0;
        error = null;
        last = false;
    }

    /** Adds a field; with a parser, also parses it as a number ahead of the reader. */
    void addField(char[] buf, int offset, int len, NumberParser parser) {
        if (fieldCount == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fieldCount * 2);
            fieldLength = Arrays.copyOf(fieldLength, fieldCount * 2);
            numberState = Arrays.copyOf(numberState, fieldCount * 2);
            numbers = Arrays.copyOf(numbers, fieldCount * 2);
        }
        if (charCount + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(charCount + len, chars.length * 2));
        }
        System.arraycopy(buf, offset, chars, charCount, len);
        if (parser != null) {
            numberState[fieldCount] = parser.parse(buf, offset, len) ? (byte) 1 : (byte) 2;
            numbers[fieldCount] = parser.value();
        } else {
            numberState[fieldCount] = 0;
        }
        fieldStart[fieldCount] = charCount;
        fieldLength[fieldCount++] = len;
        charCount += len;
    }

    /** Drops the fields added since the last complete record (for blank lines and comments). */
    void dropPartialRecord() {
        fieldCount = firstField[records];
        charCount = fieldCount == 0 ? 0 : fieldStart[fieldCount - 1] + fieldLength[fieldCount - 1];
    }

    void endRecord(long line) {
        lines[records++] = line;
        firstField[records] = fieldCount;
    }

    boolean isFull() {
        return records == RECORDS || charCount > CHARS;
    }
}
