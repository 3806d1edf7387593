package pseudolab.server.auth;

import io.javalin.http.Context;
import java.util.Optional;
import pseudolab.server.ServerException;
import pseudolab.server.participant.Participant;
import pseudolab.server.participant.ParticipantDao;
import pseudolab.server.ratelimit.AddressLimiter;

/** Reads the {@code Authorization: Bearer} header and tells the admin from participants. */
public final class Authenticator {
    private final String adminToken;
    private final ParticipantDao participants;
    private final AddressLimiter failedTokens;

    public Authenticator(String adminToken, ParticipantDao participants, AddressLimiter failedTokens) {
        this.adminToken = adminToken;
        this.participants = participants;
        this.failedTokens = failedTokens;
    }

    /**
     * The caller; an unknown or missing token is anonymous (the caller decides whether that is fine). An address
     * that sent too many unknown tokens gets a 429 for any token until its allowance refills.
     */
    public Caller caller(Context ctx) {
        Optional<String> token = bearer(ctx);
        if (token.isEmpty()) {
            return Caller.anonymous();
        }
        failedTokens.requireAllowance(ctx.ip());
        if (Tokens.same(token.get(), adminToken)) {
            return new Caller(true, Optional.empty());
        }
        Optional<Participant> participant = participants.findByTokenHash(Tokens.hash(token.get()));
        if (participant.isEmpty()) {
            failedTokens.record(ctx.ip());
        }
        return new Caller(false, participant);
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
        return caller.participant()
                .orElseThrow(() -> new ServerException(
                        401, "missing or unknown bearer token (Authorization: Bearer <your token>)"));
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
