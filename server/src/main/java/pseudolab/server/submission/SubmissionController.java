package pseudolab.server.submission;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import pseudolab.server.ServerException;
import pseudolab.server.TextLimits;
import pseudolab.server.auth.Authenticator;
import pseudolab.server.auth.Caller;
import pseudolab.server.participant.Participant;
import pseudolab.server.participant.ParticipantDao;

/** HTTP for submissions: upload, one's own list, and final selection. */
public final class SubmissionController {
    /** Room for the multipart headers and the description around the file itself. */
    private static final long MULTIPART_SLACK = 64 * 1024;

    private final SubmissionService service;
    private final Authenticator auth;
    private final ParticipantDao participants;
    private final long maxUploadBytes;
    private final BoundedMultipart multipart;

    public SubmissionController(
            SubmissionService service, Authenticator auth, ParticipantDao participants, long maxUploadBytes) {
        this.service = service;
        this.auth = auth;
        this.participants = participants;
        this.maxUploadBytes = maxUploadBytes;
        this.multipart = new BoundedMultipart(maxUploadBytes, maxUploadBytes + MULTIPART_SLACK, this::tooLarge);
    }

    /**
     * A participant's upload, or the host's baseline: the admin token with {@code baseline=true} and
     * {@code participant=NAME} files a baseline entry under that registered participant. Only the admin token
     * marks a baseline; a participant sending {@code baseline=true} gets a 403. The optional field {@code strategy}
     * names the strategy that made the file (a 400 names a malformed one).
     */
    public void submit(Context ctx) {
        Caller caller = auth.caller(ctx);
        if (!caller.admin() && caller.participant().isEmpty()) {
            throw new ServerException(401, "missing or unknown bearer token (Authorization: Bearer <your token>)");
        }
        if (ctx.contentLength() > maxUploadBytes + MULTIPART_SLACK) {
            ctx.header("Connection", "close"); // the body stays unread: the connection cannot be reused
            throw tooLarge();
        }
        List<UploadedFile> files = multipart.files(ctx, "file");
        if (files.size() != 1) {
            throw new ServerException(400, "expected one multipart file field 'file' (the submission CSV)");
        }
        UploadedFile file = files.get(0);
        if (file.size() > maxUploadBytes) {
            throw tooLarge();
        }
        String description =
                TextLimits.check("description", ctx.formParam("description"), TextLimits.SUBMISSION_DESCRIPTION);
        boolean baseline = "true".equalsIgnoreCase(ctx.formParam("baseline"));
        Participant who = caller.admin()
                ? hostBaselineFiler(baseline, ctx.formParam("participant"))
                : caller.participant().orElseThrow();
        if (baseline && !caller.admin()) {
            throw new ServerException(
                    403,
                    "only the host marks a baseline: send baseline=true with the admin token"
                            + " (and participant=NAME), or leave it out");
        }
        String strategy = Upload.strategy(ctx.formParam("strategy")); // refused before the file is opened
        Upload upload = new Upload(file.content(), file.size(), description, baseline, strategy);
        ctx.status(201).json(service.submit(who, ctx.pathParam("slug"), upload));
    }

    /** The participant an admin baseline is filed under; the admin token submits nothing else. */
    private Participant hostBaselineFiler(boolean baseline, String name) {
        if (!baseline) {
            throw new ServerException(
                    403,
                    "the admin token is not a participant; register a participant first"
                            + " (the admin token only files baselines: baseline=true and participant=NAME)");
        }
        if (name == null || name.isBlank()) {
            throw new ServerException(
                    400,
                    "a host baseline needs the form field 'participant' naming the registered"
                            + " participant it is filed under");
        }
        return participants
                .findByName(name.strip())
                .orElseThrow(() -> new ServerException(
                        404,
                        "no participant '" + abbreviate(name.strip()) + "'; register the host as a participant first"));
    }

    public void own(Context ctx) {
        ctx.json(service.own(auth.requireParticipant(ctx), ctx.pathParam("slug")));
    }

    public void select(Context ctx) {
        Participant who = auth.requireParticipant(ctx);
        String body = ctx.body().strip();
        if (!body.equals("true") && !body.equals("false")) {
            throw new ServerException(400, "expected the body true or false, not '" + abbreviate(body) + "'");
        }
        long id = parseId(ctx.pathParam("id"));
        ctx.json(service.select(who, ctx.pathParam("slug"), id, Boolean.parseBoolean(body)));
    }

    private ServerException tooLarge() {
        return new ServerException(413, "submission larger than the limit of " + maxUploadBytes + " bytes");
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ServerException(404, "no submission '" + abbreviate(text) + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
