package pseudolab.scoring.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are UTF-8 text without NUL bytes, counting line feeds so
 * that a refusal names the exact physical line (the decoder reads ahead of the parser, so this is the only
 * place that knows it).
 */
final class Utf8CheckingStream extends FilterInputStream {
    private long line = 1;
    private int continuations;
    private int leadByte;
    private int sequenceStart;

    Utf8CheckingStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int offset, int len) throws IOException {
        int n = super.read(buf, offset, len);
        for (int i = offset; i < offset + n; i++) {
            byte b = buf[i];
            if (b > 0 && continuations == 0) {
                if (b == '\n') {
                    line++;
                }
            } else {
                check(b);
            }
        }
        if (n < 0 && continuations > 0) {
            throw new CsvException(line, "the file is not UTF-8 text (it ends inside a multi-byte character)");
        }
        return n;
    }

    private void check(byte b) {
        int u = b & 0xff;
        if (continuations > 0) {
            boolean valid = (u & 0xC0) == 0x80
                    && !(leadByte == 0xE0 && u < 0xA0)
                    && !(leadByte == 0xED && u >= 0xA0)
                    && !(leadByte == 0xF0 && u < 0x90)
                    && !(leadByte == 0xF4 && u >= 0x90);
            leadByte = 0;
            if (!valid) {
                throw invalid(sequenceStart);
            }
            continuations--;
        } else if (u == 0) {
            throw new CsvException(line, "the file is not text (it contains a NUL byte)");
        } else if (u == '\n') {
            line++;
        } else if (u >= 0x80) {
            if (u >= 0xC2 && u <= 0xDF) {
                continuations = 1;
            } else if (u >= 0xE0 && u <= 0xEF) {
                continuations = 2;
            } else if (u >= 0xF0 && u <= 0xF4) {
                continuations = 3;
            } else {
                throw invalid(u);
            }
            leadByte = u;
            sequenceStart = u;
        }
    }

    private CsvException invalid(int u) {
        return new CsvException(line, String.format("the file is not UTF-8 text (byte 0x%02X)", u));
    }
}
