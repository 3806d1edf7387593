package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.server.app.Limits;

/** Registrations and unknown tokens are limited per client address per hour: 429 with Retry-After beyond that. */
class RateLimitTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void registrationsBeyondTheHourlyLimitGet429WithRetryAfterUntilTheBucketRefills() {
        Limits limits = Limits.DEFAULTS.withRegistrationsPerHour(3);
        TestServer.run(TestServer.config(home, clock).withLimits(limits), api -> {
            api.register("p1");
            api.register("p2");
            api.register("p3");

            Response refused = api.postJson("/api/participants", "{\"name\": \"p4\"}", null);

            assertThat(refused.code()).isEqualTo(429);
            assertThat(refused.headers().allValues("Retry-After"))
                    .singleElement()
                    .satisfies(s -> assertThat(Long.parseLong(s)).isBetween(1L, 1200L));
            assertThat(Api.json(refused).get("error").asText()).contains("at most 3 per hour");
            assertThat(api.postJson("/api/participants", "{\"name\": \"host-made\"}", Api.ADMIN)
                            .code())
                    .isEqualTo(201);
            clock.advance(Duration.ofMinutes(20));
            assertThat(api.postJson("/api/participants", "{\"name\": \"p4\"}", null)
                            .code())
                    .isEqualTo(201);
        });
    }

    @Test
    void anAddressThatTriedTooManyUnknownTokensGets429EvenWithAGoodOne() {
        Limits limits = Limits.DEFAULTS.withFailedTokensPerHour(5);
        TestServer.run(TestServer.config(home, clock).withLimits(limits), api -> {
            api.createZoo("zoo", null, 5, 1);
            String ada = api.register("ada");
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("/api/competitions/zoo/submissions", "guess-" + i)
                                .code())
                        .isEqualTo(401);
            }

            Response refused = api.get("/api/competitions/zoo/submissions", ada);

            assertThat(refused.code()).isEqualTo(429);
            assertThat(refused.headers().allValues("Retry-After")).isNotEmpty();
            assertThat(api.get("/api/competitions").code()).isEqualTo(200); // no token, no limit
            clock.advance(Duration.ofMinutes(12));
            assertThat(api.get("/api/competitions/zoo/submissions", ada).code()).isEqualTo(200);
        });
    }
}
