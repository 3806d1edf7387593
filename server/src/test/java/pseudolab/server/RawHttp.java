package pseudolab.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Sends a request line exactly as written (no client-side path normalisation) and returns the raw response. */
public final class RawHttp {
    private RawHttp() {}

    public static String get(String origin, String rawPath) throws IOException {
        URI uri = URI.create(origin);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status code of a raw response such as {@code HTTP/1.1 404 Not Found}. */
    public static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
