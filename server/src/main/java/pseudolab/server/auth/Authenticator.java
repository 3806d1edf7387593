package pseudolab.server.auth;

import io.javalin.http.Context;
import java.util.Optional;
import pseudolab.server.ServerException;
import pseudolab.server.participant.Participant;
import pseudolab.server.participant.ParticipantDao;

/** Reads the {@code Authorization: Bearer} header and tells the admin from participants. */
public final class Authenticator {
    private final String adminToken;
    private final ParticipantDao participants;

    public Authenticator(String adminToken, ParticipantDao participants) {
        this.adminToken = adminToken;
        this.participants = participants;
    }

    /** The caller; an unknown or missing token is anonymous (the caller decides whether that is fine). */
    public Caller caller(Context ctx) {
        Optional<String> token = bearer(ctx);
        if (token.isEmpty()) {
            return Caller.anonymous();
        }
        if (Tokens.same(token.get(), adminToken)) {
            return new Caller(true, Optional.empty());
        }
        return new Caller(false, participants.findByTokenHash(Tokens.hash(token.get())));
    }

    /** Requires the admin token: 401 without a known token, 403 with a participant's. */
    public void requireAdmin(Context ctx) {
        Caller caller = caller(ctx);
        if (!caller.admin()) {
            throw caller.participant().isPresent()
                    ? new ServerException(403, "this needs the admin token")
                    : new ServerException(401, "missing or unknown bearer token (Authorization: Bearer <admin token>)");
        }
    }

    /** Requires a participant's token: 401 without a known token, 403 with the admin's. */
    public Participant requireParticipant(Context ctx) {
        Caller caller = caller(ctx);
        if (caller.admin()) {
            throw new ServerException(403, "the admin token is not a participant; register a participant first");
        }
        return caller.participant().orElseThrow(() ->
                new ServerException(401, "missing or unknown bearer token (Authorization: Bearer <your token>)"));
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
