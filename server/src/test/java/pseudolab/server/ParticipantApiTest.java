package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantApiTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void registeringReturnsTheNameAndATokenThatAuthenticates() {
        TestServer.run(TestServer.config(home, clock), api -> {
            var r = api.postJson("/api/participants", "{\"name\": \"ada\"}", null);
            assertThat(r.code()).isEqualTo(201);
            JsonNode body = Api.json(r);
            assertThat(body.get("name").asText()).isEqualTo("ada");
            String token = body.get("token").asText();
            assertThat(token).hasSizeGreaterThan(20);
            api.createZoo("zoo", null, 5, 2);
            assertThat(api.get("/api/competitions/zoo/submissions", token).code())
                    .isEqualTo(200);
            assertThat(api.get("/api/competitions/zoo/submissions", token + "x").code())
                    .isEqualTo(401);
        });
    }

    @Test
    void aTakenNameIsRefusedWith409() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.register("ada");
            var r = api.postJson("/api/participants", "{\"name\": \"ada\"}", null);
            assertThat(r.code()).isEqualTo(409);
            assertThat(Api.json(r).get("error").asText()).contains("'ada'");
        });
    }

    @Test
    void aBadNameOrBodyIsRefusedWith400() {
        TestServer.run(TestServer.config(home, clock), api -> {
            assertThat(api.postJson("/api/participants", "{\"name\": \"\"}", null)
                            .code())
                    .isEqualTo(400);
            assertThat(api.postJson("/api/participants", "{\"nom\": \"x\"}", null)
                            .code())
                    .isEqualTo(400);
            var r = api.postJson("/api/participants", "{not json", null);
            assertThat(r.code()).isEqualTo(400);
            assertThat(Api.json(r).has("error")).isTrue();
        });
    }

    @Test
    void closedRegistrationRefusesSelfRegistrationButNotTheHost() {
        TestServer.run(TestServer.config(home, clock).withClosedRegistration(true), api -> {
            assertThat(api.postJson("/api/participants", "{\"name\": \"eve\"}", null)
                            .code())
                    .isEqualTo(403);
            var r = api.postJson("/api/participants", "{\"name\": \"eve\"}", Api.ADMIN);
            assertThat(r.code()).isEqualTo(201);
            assertThat(Api.json(r).get("token").asText()).isNotBlank();
        });
    }
}
