package pseudolab.harness.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pseudolab.harness.HarnessException;

/** A small RFC 4180 reader (BOM, LF or CRLF, quoted fields) that reports 1-based physical line numbers. */
public final class CsvReader implements AutoCloseable {
    private final Path path;
    private final BufferedReader in;
    private long line;
    private long recordLine;

    private CsvReader(Path path, BufferedReader in) {
        this.path = path;
        this.in = in;
    }

    /** Opens {@code path}; a missing or unreadable file is a {@link HarnessException} naming it. */
    public static CsvReader open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new HarnessException("missing file " + path);
        }
        try {
            return new CsvReader(path, Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HarnessException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The physical line on which the last record returned by {@link #next()} started. */
    public long line() {
        return recordLine;
    }

    public Path path() {
        return path;
    }

    /** The next record, or null at the end of the file; blank lines are skipped. */
    public String[] next() {
        try {
            String text;
            do {
                text = in.readLine();
                if (text == null) {
                    return null;
                }
                line++;
                if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
            } while (text.isEmpty());
            recordLine = line;
            if (text.indexOf('"') < 0) {
                return split(text);
            }
            return parseQuoted(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                out[k++] = text.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = text.substring(start);
        return out;
    }

    private String[] parseQuoted(String first) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = first;
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields.toArray(String[]::new);
                }
                String more = in.readLine();
                if (more == null) {
                    throw new HarnessException(
                            path.getFileName() + " line " + recordLine + ": unterminated quoted field");
                }
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
