package pseudolab.app.datasets;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import pseudolab.app.AppException;

/** An unsigned-byte IDX array (the MNIST file format): its dimensions and its values, row-major. */
public record IdxFile(int[] dimensions, byte[] values) {

    private static final int UNSIGNED_BYTE = 0x08;

    /** Number of items along the first dimension (images or labels). */
    public int items() {
        return dimensions[0];
    }

    /** Values per item (784 for a 28x28 image, 1 for a label). */
    public int itemSize() {
        int size = 1;
        for (int d = 1; d < dimensions.length; d++) {
            size *= dimensions[d];
        }
        return size;
    }

    /** The unsigned value at position {@code offset} of item {@code item}. */
    public int value(int item, int offset) {
        return values[item * itemSize() + offset] & 0xFF;
    }

    /** Reads a gzip-compressed IDX file of unsigned bytes. */
    public static IdxFile readGzip(Path path) {
        try (InputStream raw = Files.newInputStream(path);
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            int magic = in.readInt();
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xFF) != UNSIGNED_BYTE) {
                throw new AppException(
                        path + ": not an unsigned-byte IDX file (magic 0x" + Integer.toHexString(magic) + ")");
            }
            int[] dims = new int[magic & 0xFF];
            long total = 1;
            for (int d = 0; d < dims.length; d++) {
                dims[d] = in.readInt();
                total *= dims[d];
            }
            if (dims.length == 0 || total > Integer.MAX_VALUE) {
                throw new AppException(path + ": unsupported IDX dimensions");
            }
            byte[] values = new byte[(int) total];
            in.readFully(values);
            return new IdxFile(dims, values);
        } catch (IOException e) {
            throw new AppException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
