package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every free-text field has a limit on the server, the same the forms state; longer texts get a 400 naming it. */
class TextLimitsTest {
    private static final String TEN_CLASSES = "id,label,Usage\n1,0,Public\n2,1,Private\n";

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    private static Response create(Api api, String definition, String solution) {
        MultipartBody body = new MultipartBody()
                .file("definition", "competition.json", definition)
                .file("solution", "solution.csv", solution);
        return api.postMultipart("/api/competitions", body, Api.ADMIN);
    }

    @Test
    void titlesAndDescriptionsOverTheirLimitsAreRefused() {
        TestServer.run(TestServer.config(home, clock), api -> {
            String longTitle = "{\"slug\": \"t\", \"title\": \"" + "x".repeat(201) + "\", \"metric\": \"accuracy\"}";
            String longDescription = "{\"slug\": \"t\", \"title\": \"T\", \"description\": \"" + "x".repeat(100_000)
                    + "\", \"metric\": \"accuracy\"}";

            Response title = create(api, longTitle, TEN_CLASSES);
            Response description = create(api, longDescription, TEN_CLASSES);

            assertThat(title.code()).isEqualTo(400);
            assertThat(Api.json(title).get("error").asText())
                    .isEqualTo("competition.json: title has 201 characters; the limit is 200");
            assertThat(description.code()).isEqualTo(400);
            assertThat(Api.json(description).get("error").asText())
                    .isEqualTo("competition.json: description has 100000 characters; the limit is 5000");
        });
    }

    @Test
    void aSubmissionDescriptionLongerThanTheFormsLimitIsRefusedAndNotCounted() {
        TestServer.run(TestServer.config(home, clock), api -> {
            api.createZoo("zoo", null, 1, 1);
            String ada = api.register("ada");

            Response r = api.submit(ada, "zoo", Zoo.submission(8, 7), "x".repeat(100_000));

            assertThat(r.code()).isEqualTo(400);
            assertThat(Api.json(r).get("error").asText())
                    .isEqualTo("description has 100000 characters; the limit is 500");
            api.submitOk(ada, "zoo", Zoo.submission(8, 7), "x".repeat(500));
        });
    }

    @Test
    void aParticipantNameOverItsLimitIsRefusedWithoutEchoingIt() {
        TestServer.run(TestServer.config(home, clock), api -> {
            Response r = api.postJson("/api/participants", "{\"name\": \"" + "a".repeat(100_000) + "\"}", null);

            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).hasSizeLessThan(500).contains("64");
        });
    }
}
