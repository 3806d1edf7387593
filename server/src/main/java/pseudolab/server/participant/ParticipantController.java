package pseudolab.server.participant;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import pseudolab.server.ServerException;
import pseudolab.server.auth.Authenticator;

/** HTTP for participants: {@code POST /api/participants}. */
public final class ParticipantController {
    private final ParticipantService service;
    private final Authenticator auth;

    public ParticipantController(ParticipantService service, Authenticator auth) {
        this.service = service;
        this.auth = auth;
    }

    public void register(Context ctx) {
        JsonNode body = ctx.bodyAsClass(JsonNode.class);
        if (body == null || !body.path("name").isTextual()) {
            throw new ServerException(400, "expected a JSON body {\"name\": \"...\"}");
        }
        ctx.status(201).json(service.register(body.get("name").asText(), auth.caller(ctx)));
    }
}
