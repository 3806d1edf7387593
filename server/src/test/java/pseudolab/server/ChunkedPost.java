package pseudolab.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts a multipart body with Transfer-Encoding: chunked (no Content-Length) over a raw socket, as a streaming
 * client would, writing from a second thread so that an answer that comes before the whole body is sent is read,
 * and telling how much of the body had been written by then.
 */
public final class ChunkedPost {
    private static final int CHUNK = 64 * 1024;

    /** The status and body of the answer, and how many body bytes the client had sent when it arrived. */
    public record Answer(int status, String body, long bytesSentBeforeAnswer) {
        public JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    private ChunkedPost() {}

    public static Answer send(String origin, String path, MultipartBody body, String token) throws Exception {
        URI uri = URI.create(origin);
        byte[] bytes = body.bytes();
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                            + "Authorization: Bearer " + token + "\r\nContent-Type: " + body.contentType()
                            + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> writeChunks(out, bytes, sent), "chunked-writer");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            int first = in.read();
            long sentBeforeAnswer = sent.get();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            raw.write(first);
            readUntilClosed(in, raw);
            return parse(raw.toString(StandardCharsets.ISO_8859_1), sentBeforeAnswer);
        }
    }

    private static void writeChunks(OutputStream out, byte[] bytes, AtomicLong sent) {
        try {
            for (int at = 0; at < bytes.length; at += CHUNK) {
                int n = Math.min(CHUNK, bytes.length - at);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes, at, n);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                sent.addAndGet(n);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException closedByTheServer) {
            // the server answered and stopped reading; the reader has the answer
        }
    }

    private static void readUntilClosed(InputStream in, ByteArrayOutputStream raw) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                raw.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a reset after the answer (the server closes with unread body bytes) ends the answer too
        }
    }

    private static Answer parse(String raw, long sentBeforeAnswer) {
        int status = Integer.parseInt(raw.substring(9, 12));
        int split = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, split).toLowerCase();
        String body = raw.substring(split + 4);
        if (headers.contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(
                status,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                sentBeforeAnswer);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
