package pseudolab.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.server.ServerException;
import pseudolab.server.app.Json;
import pseudolab.server.competition.HostingRules;

/** {@code pseudolab competition create FOLDER --server URL --token T}: uploads a competition folder. */
@Command(
        name = "competition",
        mixinStandardHelpOptions = true,
        description = "Manage competitions on a server.",
        subcommands = CompetitionCommand.Create.class)
public final class CompetitionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("usage: pseudolab competition create FOLDER --server URL --token T");
        return 64;
    }

    /**
     * Uploads competition.json, solution.csv and exactly the public files the definition names (train.csv,
     * test.csv, sample_submission.csv when present, then {@code "publicFiles"}); prints what it published.
     * Subfolders (such as an example's {@code submissions/}) and any {@code solution*} file are never uploaded.
     */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a competition from a folder: competition.json, solution.csv and the public files it"
                    + " names (train.csv, test.csv, sample_submission.csv, plus \"publicFiles\": [...]).")
    static final class Create implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FOLDER")
        Path folder;

        @Option(
                names = "--server",
                defaultValue = "http://localhost:7070",
                description = "server URL (default ${DEFAULT-VALUE})")
        String server;

        @Option(names = "--token", description = "admin token (default: $PSEUDOLAB_ADMIN_TOKEN)")
        String token;

        @Override
        public Integer call() throws IOException, InterruptedException {
            String admin = token != null ? token : System.getenv("PSEUDOLAB_ADMIN_TOKEN");
            if (admin == null || admin.isBlank()) {
                throw new ServerException(401, "no admin token: pass --token or set PSEUDOLAB_ADMIN_TOKEN");
            }
            CompetitionDefinition definition = definition();
            List<String> published = new ArrayList<>();
            Multipart body = body(definition, published);
            String base = server.replaceAll("/+$", "");
            HttpRequest request = HttpRequest.newBuilder(endpoint(base))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", body.contentType())
                    .POST(body.body())
                    .build();
            HttpResponse<String> response = send(request, base);
            JsonNode answer = parse(response.body());
            if (response.statusCode() != 201) {
                throw new ServerException(
                        response.statusCode(),
                        "server answered " + response.statusCode() + ": "
                                + answer.path("error").asText(response.body().strip()));
            }
            String slug = answer.path("slug").asText();
            System.out.println("created " + slug + ": " + base + "/competitions/" + slug);
            System.out.println("published " + published.size() + " public file" + (published.size() == 1 ? "" : "s")
                    + (published.isEmpty() ? "" : ": " + String.join(", ", published)));
            List<String> kept = notPublished(published);
            if (!kept.isEmpty()) {
                System.out.println(
                        "not published (not named in competition.json \"publicFiles\"): " + String.join(", ", kept));
            }
            return 0;
        }

        private static URI endpoint(String base) {
            try {
                URI uri = new URI(base + "/api/competitions");
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below with the value
            }
            throw new ServerException(
                    400, "--server '" + base + "' is not an http(s) URL such as http://localhost:7070");
        }

        private static HttpResponse<String> send(HttpRequest request, String base) throws InterruptedException {
            try {
                return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                String reason = e instanceof ConnectException
                        ? "connection refused"
                        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                throw new ServerException(
                        503, "cannot reach the server at " + base + " (" + reason + "); is it running?");
            }
        }

        /** The request body: definition, solution, and exactly the public files the definition names. */
        private Multipart body(CompetitionDefinition definition, List<String> published) throws IOException {
            Multipart body = new Multipart()
                    .file("definition", folder.resolve(CompetitionDefinition.FILE_NAME))
                    .file("solution", folder.resolve("solution.csv"));
            for (String name : definition.publicFileNames()) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    body.file(name, file);
                    published.add(name);
                } else if (definition.publicFiles().contains(name)) {
                    throw new ServerException(
                            400, "competition.json: publicFiles names '" + name + "' but " + file + " is missing");
                }
            }
            return body;
        }

        private CompetitionDefinition definition() {
            if (!Files.isDirectory(folder)) {
                throw new ServerException(400, "competition folder " + folder + " does not exist or is not a folder");
            }
            Path definition = folder.resolve(CompetitionDefinition.FILE_NAME);
            for (Path required : List.of(definition, folder.resolve("solution.csv"))) {
                if (!Files.isRegularFile(required)) {
                    throw new ServerException(400, required + " is missing");
                }
            }
            return HostingRules.check(CompetitionDefinition.readAsWritten(folder));
        }

        /** The folder's other files, named so the host sees what stayed behind. */
        private List<String> notPublished(List<String> published) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile)
                        .map(f -> f.getFileName().toString())
                        .filter(n -> !n.equals(CompetitionDefinition.FILE_NAME)
                                && !n.equals("solution.csv")
                                && !published.contains(n))
                        .sorted()
                        .toList();
            }
        }

        private static JsonNode parse(String text) {
            try {
                return Json.mapper().readTree(text);
            } catch (IOException e) {
                return Json.mapper().createObjectNode();
            }
        }
    }
}
