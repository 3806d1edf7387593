package pseudolab.scoring.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/** FastCSV callback that copies the fields of the current record into one reusable char array. */
final class FieldBuffer extends AbstractBaseCsvCallbackHandler<FieldBuffer> {
    private char[] chars = new char[1024];
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int used;

    @Override
    protected void handleBegin(long startingLineNumber) {
        used = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (index >= starts.length) {
            starts = java.util.Arrays.copyOf(starts, Math.max(index + 1, starts.length * 2));
            lengths = java.util.Arrays.copyOf(lengths, starts.length);
        }
        if (used + len > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(used + len, chars.length * 2));
        }
        System.arraycopy(buf, offset, chars, used, len);
        starts[index] = used;
        lengths[index] = len;
        used += len;
    }

    @Override
    protected FieldBuffer buildRecord() {
        return getRecordType() == RecordType.DATA ? this : null;
    }

    long line() {
        return getStartingLineNumber();
    }

    int fieldCount() {
        return getFieldCount();
    }

    char[] chars() {
        return chars;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return lengths[field];
    }
}
