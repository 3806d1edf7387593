package pseudolab.scoring.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/** FastCSV callback that appends the fields of each record to the current {@link RecordBatch}, parsing odd fields as numbers. */
final class FieldBuffer extends AbstractBaseCsvCallbackHandler<FieldBuffer> {
    private final NumberParser parser = new NumberParser();
    private RecordBatch batch;

    void fillInto(RecordBatch batch) {
        this.batch = batch;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        batch.dropPartialRecord();
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        // Parse every other field here so that number parsing is shared between this thread and the reader.
        batch.addField(buf, offset, len, (index & 1) == 1 ? parser : null);
    }

    @Override
    protected FieldBuffer buildRecord() {
        if (getRecordType() != RecordType.DATA) {
            batch.dropPartialRecord();
            return null;
        }
        return this;
    }

    long line() {
        return getStartingLineNumber();
    }
}
