// Load generator for the pseudolab server benchmarks (JDK only; run with `java LoadGen.java ...`).
//   seed   ORIGIN ADMIN SLUG PARTICIPANTS SUBMISSIONS ROWS  -> a competition with PARTICIPANTS x SUBMISSIONS scored
//   submit ORIGIN ADMIN SLUG CLIENTS SECONDS ROWS          -> CLIENTS threads post ROWS-row submissions for SECONDS
//          (ORIGIN may list several instances, comma-separated: client c posts to instance c mod n)
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

public class LoadGen {
    static final String[] LABELS = {"cat", "dog", "cow", "pig", "hen"};
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String origin = args[1], admin = args[2], slug = args[3];
        int a = Integer.parseInt(args[4]), b = Integer.parseInt(args[5]), rows = Integer.parseInt(args[6]);
        switch (args[0]) {
            case "seed" -> seed(origin, admin, slug, a, b, rows);
            case "submit" -> submit(origin, admin, slug, a, b, rows);
            default -> throw new IllegalArgumentException("mode seed or submit, not " + args[0]);
        }
    }

    static void seed(String origin, String admin, String slug, int participants, int each, int rows) throws Exception {
        createCompetition(origin, admin, slug, rows, each);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            int id = p;
            done.add(pool.submit(() -> {
                String name = slug + "-p" + id;
                String token = register(origin, name);
                Random random = new Random(id);
                int ok = 0;
                for (int s = 0; s < each; s++) {
                    String[] desc = {"none", "self-training (k=" + s + ")", "pretraining", "baseline majority"};
                    byte[] file = submission(rows, random.nextDouble(), random);
                    int code = s % 4 == 3 // every 4th: the host files a baseline under this participant
                            ? post(origin, admin, slug, new Multipart().file("file", file).field("description", desc[3])
                                    .field("baseline", "true").field("participant", name))
                            : post(origin, token, slug, new Multipart().file("file", file).field("description", desc[s % 4]));
                    ok += code == 201 ? 1 : 0;
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> f : done) {
            ok += f.get();
        }
        pool.shutdown();
        System.out.printf("seeded %s: %d participants, %d scored submissions%n", slug, participants, ok);
    }

    static void submit(String origins, String admin, String slug, int clients, int seconds, int rows) throws Exception {
        String[] instances = origins.split(",");
        createCompetition(instances[0], admin, slug, rows, 1_000_000);
        byte[][] files = new byte[4][];
        Random random = new Random(1);
        for (int i = 0; i < files.length; i++) {
            files[i] = submission(rows, 0.5 + 0.1 * i, random);
        }
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tokens.add(register(instances[c % instances.length], slug + "-c" + c));
        }
        AtomicInteger scored = new AtomicInteger(), failed = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            String token = tokens.get(c);
            String origin = instances[c % instances.length];
            int offset = c;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    int code = post(origin, token, slug,
                            new Multipart().file("file", files[i % files.length]).field("description", "run " + i));
                    latencies.add(System.nanoTime() - t0);
                    (code == 201 ? scored : failed).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] ms = latencies.stream().mapToLong(l -> l / 1_000_000).sorted().toArray();
        System.out.printf("%d-row submissions from %d clients for %.1f s: %d scored (%.1f/s), %d failed;"
                        + " latency p50 %d ms, p99 %d ms%n", rows, clients, elapsed, scored.get(), scored.get() / elapsed,
                failed.get(), ms[ms.length / 2], ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)]);
    }

    static String truth(int id) {
        return LABELS[(int) ((id * 2654435761L) % LABELS.length)];
    }

    static byte[] submission(int rows, double accuracy, Random random) {
        StringBuilder csv = new StringBuilder(rows * 12).append("id,label\n");
        for (int id = 1; id <= rows; id++) {
            String label = random.nextDouble() < accuracy ? truth(id) : LABELS[random.nextInt(LABELS.length)];
            csv.append(id).append(',').append(label).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void createCompetition(String origin, String admin, String slug, int rows, int dailyLimit) throws Exception {
        StringBuilder solution = new StringBuilder("id,label,Usage\n");
        for (int id = 1; id <= rows; id++) {
            solution.append(id).append(',').append(truth(id)).append(',').append(id % 10 < 3 ? "Public" : "Private").append('\n');
        }
        String definition = "{\"slug\": \"" + slug + "\", \"title\": \"Benchmark " + slug + "\", \"metric\": \"accuracy\","
                + " \"dailyLimit\": " + dailyLimit + ", \"finalSelections\": 2}";
        Multipart body = new Multipart().file("definition", definition.getBytes(StandardCharsets.UTF_8))
                .file("solution", solution.toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/competitions"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", body.type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("create " + slug + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String register(String origin, String name) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/participants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int i = body.indexOf("\"token\":\"") + 9;
        return body.substring(i, body.indexOf('"', i));
    }

    static int post(String origin, String token, String slug, Multipart body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/competitions/" + slug + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", body.type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static final class Multipart {
        final String boundary = "b" + UUID.randomUUID();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart file(String name, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + name + ".csv\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart field(String name, String value) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value + "\r\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() {
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(out.toByteArray(), out.size() + end.length);
            System.arraycopy(end, 0, all, out.size(), end.length);
            return all;
        }

        String type() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }
}
