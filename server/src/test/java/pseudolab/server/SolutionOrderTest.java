package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused uploads cost nothing, so their messages must not reveal the hidden solution's row order. */
class SolutionOrderTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(TestServer.START);

    @Test
    void missingIdsAreListedInTheOrderOfSampleSubmissionNotTheSolutions() {
        // the solution lists its Private rows first; the sample lists ids from 1 upwards
        String solution = "id,animal,Usage\n9,yak,Private\n7,yak,Private\n5,zebra,Private\n"
                + "2,okapi,Public\n8,yak,Public\n1,zebra,Public\n3,okapi,Public\n4,zebra,Public\n6,yak,Public\n";
        String sample = "id,animal\n1,x\n2,x\n3,x\n4,x\n5,x\n6,x\n7,x\n8,x\n9,x\n";
        TestServer.run(TestServer.config(home, clock), api -> {
            MultipartBody body = new MultipartBody()
                    .file("definition", "competition.json", Zoo.definition("grouped", null, 5, 1))
                    .file("solution", "solution.csv", solution)
                    .file("sample_submission.csv", "sample_submission.csv", sample);
            assertThat(api.postMultipart("/api/competitions", body, Api.ADMIN).code())
                    .isEqualTo(201);
            String ada = api.register("ada");

            Response r = api.submit(ada, "grouped", "id,animal\n8,yak\n", null);

            assertThat(r.code()).isEqualTo(422);
            List<String> problems = new ArrayList<>();
            for (JsonNode p : Api.json(r).get("problems")) {
                problems.add(p.asText());
            }
            assertThat(problems).containsExactly("missing 8 ids, e.g. '1', '2', '3'");
        });
    }
}
