package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's resample count reaches the bootstrap: one resample gives a one-point interval, the default a spread. */
class BootstrapResamplesTest {
    private static final Coins COINS = new Coins(1200, 500, 0);

    @TempDir
    Path home;

    @TempDir
    Path otherHome;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private JsonNode selfTrainingInterval(Path at, int resamples) {
        JsonNode[] interval = new JsonNode[1];
        TestServer.run(TestServer.config(at, clock).withBootstrapResamples(resamples), api -> {
            api.postMultipart("/api/competitions", COINS.creation("coins"), Api.ADMIN);
            String ada = api.register("ada");
            api.submitOk(ada, "coins", COINS.submission(0.70, 0.70, 0), "none", "none");
            api.submitOk(ada, "coins", COINS.submission(0.80, 0.80, 50), "self-training", "self-training");
            Api.json(api.get("/api/competitions/coins/comparison")).get("rows").forEach(r -> {
                if (r.get("strategy").asText().equals("self-training")) {
                    interval[0] = r.get("publicGainInterval");
                }
            });
        });
        return interval[0];
    }

    @Test
    void oneResampleGivesAOnePointIntervalAndTheDefaultASpread() {
        JsonNode one = selfTrainingInterval(home, 1);
        JsonNode thousand = selfTrainingInterval(otherHome, 1000);

        assertThat(one.get("low").asDouble()).isEqualTo(one.get("high").asDouble());
        assertThat(one.get("winShare").asDouble()).isIn(0.0, 0.5, 1.0);
        assertThat(thousand.get("low").asDouble())
                .isLessThan(thousand.get("high").asDouble());
    }
}
