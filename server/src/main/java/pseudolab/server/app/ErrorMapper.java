package pseudolab.server.app;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pseudolab.scoring.InvalidSubmissionException;
import pseudolab.scoring.Problem;
import pseudolab.scoring.ScoringException;
import pseudolab.scoring.competition.InvalidDefinitionException;
import pseudolab.server.ServerException;
import pseudolab.server.ratelimit.TooManyRequests;

/**
 * The one exception mapper: {@link ServerException} -> its status; an invalid submission -> 422 with its
 * problems (they quote the submission, never the solution); any other scoring failure -> 422 with a generic
 * message, since it is about the hidden solution or the metric and could quote them; anything else -> 500
 * with a generic message. The detail of both generic answers goes to the server log only.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final int MAX_PROBLEMS = 50;
    /** Shown for scoring failures other than an invalid submission; their detail may describe the solution. */
    static final String UNSCORABLE = "the submission could not be scored against this competition's solution;"
            + " the host can find the reason in the server log";

    public void handle(Exception e, Context ctx) {
        if (e instanceof TooManyRequests tooMany) {
            ctx.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            respond(ctx, 429, tooMany.getMessage(), null);
        } else if (e instanceof ServerException se) {
            respond(ctx, se.status(), se.getMessage(), null);
        } else if (e instanceof InvalidSubmissionException ise) {
            List<String> problems = ise.problems().stream()
                    .limit(MAX_PROBLEMS)
                    .map(Problem::toString)
                    .toList();
            respond(ctx, 422, "invalid submission: " + ise.problems().size() + " problem(s)", problems);
        } else if (e instanceof InvalidDefinitionException ide) {
            respond(ctx, 400, ide.getMessage(), null); // a competition.json mistake: never about the solution
        } else if (e instanceof ScoringException se) {
            LOG.warn("{} {}: the submission could not be scored: {}", ctx.method(), ctx.path(), se.getMessage());
            respond(ctx, 422, UNSCORABLE, null);
        } else if (e instanceof JsonParseException || e instanceof MismatchedInputException) {
            respond(
                    ctx,
                    400,
                    "request body is not the expected JSON: " + ((JsonProcessingException) e).getOriginalMessage(),
                    null);
        } else if (e instanceof HttpResponseException he) {
            respond(ctx, he.getStatus(), he.getMessage(), null);
        } else if (cause(e, EofException.class) != null) {
            LOG.warn(
                    "{} {}: the request body ended early ({})",
                    ctx.method(),
                    ctx.path(),
                    cause(e, EofException.class).getMessage());
            ctx.header("Connection", "close");
            respond(ctx, 400, "the request body ended before its Content-Length (the connection was cut)", null);
        } else if (badMessage(e) != null) {
            BadMessageException bad = badMessage(e);
            ctx.header("Connection", "close"); // the rest of the body is unread: the connection cannot be reused
            respond(
                    ctx,
                    bad.getCode(),
                    "the request body could not be read: " + bad.getReason()
                            + " (send the file as multipart/form-data)",
                    null);
        } else {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal server error", null);
        }
    }

    /** The first throwable of {@code type} in the cause chain, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Jetty's 4xx for a malformed body (e.g. a truncated multipart upload), wherever it is in the cause chain. */
    private static BadMessageException badMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                return bad;
            }
        }
        return null;
    }

    private static void respond(Context ctx, int status, String message, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (problems != null) {
            body.put("problems", problems);
        }
        ctx.status(status).json(body);
    }
}
