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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pseudolab.server.ServerException;
import pseudolab.server.app.Json;

/** {@code pseudolab competition create FOLDER --server URL --token T}: uploads a competition folder. */
@Command(name = "competition", mixinStandardHelpOptions = true, description = "Manage competitions on a server.",
        subcommands = CompetitionCommand.Create.class)
public final class CompetitionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("usage: pseudolab competition create FOLDER --server URL --token T");
        return 64;
    }

    /** Uploads competition.json, solution.csv and the public data files of a folder. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a competition from a folder (competition.json, solution.csv, public files).")
    static final class Create implements Callable<Integer> {
        private static final List<String> PUBLIC_EXTENSIONS = List.of(".csv", ".tsv", ".gz", ".zip", ".txt");

        @Parameters(index = "0", paramLabel = "FOLDER")
        Path folder;

        @Option(names = "--server", defaultValue = "http://localhost:7070", description = "server URL (default ${DEFAULT-VALUE})")
        String server;

        @Option(names = "--token", description = "admin token (default: $PSEUDOLAB_ADMIN_TOKEN)")
        String token;

        @Override
        public Integer call() throws IOException, InterruptedException {
            String admin = token != null ? token : System.getenv("PSEUDOLAB_ADMIN_TOKEN");
            if (admin == null || admin.isBlank()) {
                throw new ServerException(401, "no admin token: pass --token or set PSEUDOLAB_ADMIN_TOKEN");
            }
            Multipart body = body();
            String base = server.replaceAll("/+$", "");
            HttpRequest request = HttpRequest.newBuilder(endpoint(base))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", body.contentType())
                    .POST(body.body()).build();
            HttpResponse<String> response = send(request, base);
            JsonNode answer = parse(response.body());
            if (response.statusCode() != 201) {
                throw new ServerException(response.statusCode(), "server answered " + response.statusCode() + ": "
                        + answer.path("error").asText(response.body().strip()));
            }
            String slug = answer.path("slug").asText();
            System.out.println("created " + slug + ": " + base + "/competitions/" + slug);
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
            throw new ServerException(400, "--server '" + base + "' is not an http(s) URL such as http://localhost:7070");
        }

        private static HttpResponse<String> send(HttpRequest request, String base) throws InterruptedException {
            try {
                return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                String reason = e instanceof ConnectException ? "connection refused"
                        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                throw new ServerException(503, "cannot reach the server at " + base + " (" + reason + "); is it running?");
            }
        }

        private Multipart body() throws IOException {
            if (!Files.isDirectory(folder)) {
                throw new ServerException(400, "competition folder " + folder + " does not exist or is not a folder");
            }
            Path definition = folder.resolve("competition.json");
            Path solution = folder.resolve("solution.csv");
            for (Path required : List.of(definition, solution)) {
                if (!Files.isRegularFile(required)) {
                    throw new ServerException(400, required + " is missing");
                }
            }
            Multipart body = new Multipart().file("definition", definition).file("solution", solution);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Create::isPublic).sorted().toList()) {
                    body.file(file.getFileName().toString(), file);
                }
            }
            return body;
        }

        private static boolean isPublic(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return Files.isRegularFile(file) && !name.startsWith(".") && !name.equals("solution.csv")
                    && PUBLIC_EXTENSIONS.stream().anyMatch(name::endsWith);
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
