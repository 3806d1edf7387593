package pseudolab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
    @TempDir
    Path home;

    @Test
    void twentyConcurrentSubmissionsAgainstALimitOfThreeAcceptExactlyThree() {
        TestServer.run(TestServer.config(home, new MutableClock(TestServer.START)), api -> {
            api.createZoo("zoo", null, 3, 1);
            String ada = api.register("ada");
            HttpClient http = HttpClient.newHttpClient();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                MultipartBody body = new MultipartBody()
                        .file("file", "s.csv", Zoo.submission(i % 9, 3))
                        .field("description", "attempt " + i);
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(api.origin() + "/api/competitions/zoo/submissions"))
                        .header("Authorization", "Bearer " + ada)
                        .header("Content-Type", body.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                        .build();
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            pool.shutdown();
            Map<Integer, Long> counts =
                    codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(201, 3L, 429, 17L));
            assertThat(Api.json(api.get("/api/competitions/zoo/submissions", ada)))
                    .hasSize(3);
        });
    }
}
