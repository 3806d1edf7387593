package pseudolab.server.submission;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one request's multipart files with Jetty's parser bounded by the submission limit, so that a body without
 * Content-Length (chunked) is refused as it streams past the limit instead of being buffered in full first.
 */
final class BoundedMultipart {
    /** The request attribute that Jetty's parser (and Javalin before it) takes the multipart limits from. */
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private static final int MAX_IN_MEMORY_BYTES = 1024 * 1024;

    private final long maxFileBytes;
    private final long maxRequestBytes;
    private final Supplier<? extends RuntimeException> tooLarge;

    BoundedMultipart(long maxFileBytes, long maxRequestBytes, Supplier<? extends RuntimeException> tooLarge) {
        this.maxFileBytes = maxFileBytes;
        this.maxRequestBytes = maxRequestBytes;
        this.tooLarge = tooLarge;
    }

    /** The files of the field, or the tooLarge exception if the body or a file passes a limit while being read. */
    List<UploadedFile> files(Context ctx, String field) {
        ctx.req()
                .setAttribute(
                        JETTY_MULTIPART_CONFIG,
                        new MultipartConfigElement(
                                System.getProperty("java.io.tmpdir"), maxFileBytes, maxRequestBytes, (int)
                                        Math.min(MAX_IN_MEMORY_BYTES, maxFileBytes)));
        try {
            return ctx.uploadedFiles(field);
        } catch (Exception e) { // Jetty's ServletException too, which Kotlin does not declare
            if (overLimit(e)) {
                ctx.header("Connection", "close"); // the rest of the body is unread: the connection cannot be reused
                throw tooLarge.get();
            }
            throw e;
        }
    }

    /** Jetty reports a passed limit as an IllegalStateException "max (length|file size) exceeded: N" in the chain. */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (t instanceof IllegalStateException
                    && message != null
                    && (message.startsWith("max length exceeded") || message.startsWith("max file size exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
