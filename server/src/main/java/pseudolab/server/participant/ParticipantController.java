package pseudolab.server.participant;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import pseudolab.server.ServerException;
import pseudolab.server.auth.Authenticator;
import pseudolab.server.auth.Caller;
import pseudolab.server.ratelimit.AddressLimiter;

/** HTTP for participants: {@code POST /api/participants}. */
public final class ParticipantController {
    private final ParticipantService service;
    private final Authenticator auth;
    private final AddressLimiter registrations;

    public ParticipantController(ParticipantService service, Authenticator auth, AddressLimiter registrations) {
        this.service = service;
        this.auth = auth;
        this.registrations = registrations;
    }

    /** Registers a participant; self-registrations count against the caller's address (the host's do not). */
    public void register(Context ctx) {
        Caller caller = auth.caller(ctx);
        if (!caller.admin()) {
            registrations.acquire(ctx.ip());
        }
        JsonNode body = ctx.bodyAsClass(JsonNode.class);
        if (body == null || !body.path("name").isTextual()) {
            throw new ServerException(400, "expected a JSON body {\"name\": \"...\"}");
        }
        ctx.status(201).json(service.register(body.get("name").asText(), caller));
    }
}
