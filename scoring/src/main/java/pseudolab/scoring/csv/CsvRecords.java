package pseudolab.scoring.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Streams the records of a UTF-8 CSV text (BOM optional, LF or CRLF, RFC 4180 quotes) as char slices that
 * stay valid until the next call to {@link #next()}. A second thread decodes and parses ahead in batches
 * while the caller consumes, so close it (try-with-resources). Refuses binary content and malformed UTF-8
 * with a {@link CsvException}, in file order. Blank lines are skipped. The caller closes the stream.
 */
public final class CsvRecords implements AutoCloseable {
    private static final int SNIFF = 8192;
    private static final int BATCHES = 3;

    private final BlockingQueue<RecordBatch> full = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<RecordBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread parser;
    private final NumberParser numberParser = new NumberParser();
    private RecordBatch batch;
    private double number;
    private int cursor = -1;
    private int first;

    private CsvRecords(InputStream in) throws IOException {
        BufferedInputStream bin = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        skipBomAndRefuseBinary(bin);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        FieldBuffer handler = new FieldBuffer();
        CsvReader<FieldBuffer> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .build(handler, new InputStreamReader(new Utf8CheckingStream(bin), decoder));
        for (int i = 0; i < BATCHES; i++) {
            free.add(new RecordBatch());
        }
        parser = new Thread(() -> parse(reader.iterator(), handler), "csv-parser");
        parser.setDaemon(true);
        parser.start();
    }

    /** Opens the stream for reading; throws {@link CsvException} when it holds binary (non-text) content. */
    public static CsvRecords open(InputStream in) {
        try {
            return new CsvRecords(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipBomAndRefuseBinary(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int from = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            from = 3;
            in.skipNBytes(3);
        }
        for (int i = from; i < head.length; i++) {
            if (head[i] == 0) {
                throw new CsvException(0, "the file is not text (binary content at byte " + (i + 1) + ")");
            }
        }
    }

    /** The parsing thread: fills batches and hands them over until the end, an error, or close(). */
    private void parse(Iterator<FieldBuffer> records, FieldBuffer handler) {
        try {
            RecordBatch current = nextFree(handler);
            long lastLine = 0;
            try {
                while (records.hasNext()) {
                    records.next();
                    lastLine = handler.line();
                    current.endRecord(lastLine);
                    if (current.isFull()) {
                        full.put(current);
                        current = nextFree(handler);
                    }
                }
            } catch (UncheckedIOException e) {
                current.dropPartialRecord();
                current.error = e.getCause() instanceof CharacterCodingException
                        ? new CsvException(
                                lastLine + 1, "the file is not UTF-8 text (invalid bytes after line " + lastLine + ")")
                        : e;
            } catch (CsvParseException e) {
                current.dropPartialRecord();
                if (e.getCause() instanceof CsvException csv) {
                    current.error = csv;
                    current.last = true;
                    full.put(current);
                    return;
                }
                String reason = e.getCause() != null && e.getCause().getMessage() != null
                        ? e.getCause().getMessage()
                        : e.getMessage();
                current.error = new CsvException(lastLine + 1, "malformed CSV: " + reason);
            } catch (RuntimeException e) {
                current.dropPartialRecord();
                current.error = e.getCause() instanceof CsvException csv ? csv : e;
            }
            current.last = true;
            full.put(current);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RecordBatch nextFree(FieldBuffer handler) throws InterruptedException {
        RecordBatch b = free.take();
        b.clear();
        handler.fillInto(b);
        return b;
    }

    /** Advances to the next record; false at the end of the file. */
    public boolean next() {
        while (batch == null || cursor + 1 >= batch.records) {
            if (batch != null) {
                if (batch.error != null) {
                    RuntimeException error = batch.error;
                    batch.error = null;
                    throw error;
                }
                if (batch.last) {
                    return false;
                }
                free.add(batch);
            }
            try {
                batch = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CsvException(0, "interrupted while reading");
            }
            cursor = -1;
        }
        cursor++;
        first = batch.firstField[cursor];
        return true;
    }

    /** The physical line on which the current record starts (1-based). */
    public long line() {
        return batch.lines[cursor];
    }

    public int fieldCount() {
        return batch.firstField[cursor + 1] - first;
    }

    /** The array holding the current record's fields; see {@link #start} and {@link #length}. */
    public char[] chars() {
        return batch.chars;
    }

    public int start(int field) {
        return batch.fieldStart[first + field];
    }

    public int length(int field) {
        return batch.fieldLength[first + field];
    }

    /** Whether the field is a number (see {@link NumberParser}); if so {@link #number()} holds its value. */
    public boolean isNumber(int field) {
        int i = first + field;
        byte state = batch.numberState[i];
        if (state == 0) {
            state = numberParser.parse(batch.chars, batch.fieldStart[i], batch.fieldLength[i]) ? (byte) 1 : (byte) 2;
            batch.numbers[i] = numberParser.value();
        }
        number = batch.numbers[i];
        return state == 1;
    }

    /** The value found by the last {@link #isNumber} that returned true. */
    public double number() {
        return number;
    }

    /** The field as a new string (for headers and messages, not for the hot path). */
    public String field(int field) {
        return new String(batch.chars, start(field), length(field));
    }

    /** Stops the parsing thread (reading may end early, e.g. after a bad header). */
    @Override
    public void close() {
        parser.interrupt();
    }
}
