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

/**
 * Streams the records of a UTF-8 CSV text (BOM optional, LF or CRLF, RFC 4180 quotes) as char slices that
 * stay valid until the next call to {@link #next()}. Refuses binary content and malformed UTF-8 with a
 * {@link CsvException}. Blank lines are skipped. The caller closes the stream.
 */
public final class CsvRecords {
    private static final int SNIFF = 8192;
    private final FieldBuffer buffer = new FieldBuffer();
    private final Iterator<FieldBuffer> records;
    private long lastLine;

    private CsvRecords(InputStream in) throws IOException {
        BufferedInputStream bin = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        skipBomAndRefuseBinary(bin);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvReader<FieldBuffer> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .build(buffer, new InputStreamReader(bin, decoder));
        this.records = reader.iterator();
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

    /** Advances to the next record; false at the end of the file. */
    public boolean next() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            records.next();
            lastLine = buffer.line();
            return true;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CsvException(lastLine + 1, "the file is not UTF-8 text (invalid bytes after line "
                        + lastLine + ")");
            }
            throw e;
        } catch (CsvParseException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new CsvException(lastLine + 1, "malformed CSV: " + reason);
        }
    }

    /** The physical line on which the current record starts (1-based). */
    public long line() {
        return buffer.line();
    }

    public int fieldCount() {
        return buffer.fieldCount();
    }

    /** The array holding the current record's fields; see {@link #start} and {@link #length}. */
    public char[] chars() {
        return buffer.chars();
    }

    public int start(int field) {
        return buffer.start(field);
    }

    public int length(int field) {
        return buffer.length(field);
    }

    /** The field as a new string (for headers and messages, not for the hot path). */
    public String field(int field) {
        return new String(buffer.chars(), buffer.start(field), buffer.length(field));
    }
}
