package pseudolab.server.app;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every answer (pages, static files, API, errors): a Content-Security-Policy
 * that allows scripts, styles and connections only from this origin (so no inline script) and no framing,
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and a Referrer-Policy.
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        return super.handle(request, response, callback);
    }
}
