package pseudolab.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pseudolab.app.AppException;
import pseudolab.harness.submit.Submitter;

/** {@code pseudolab submit FILE --competition SLUG}: uploads a CSV, prints its public score or its problems (exit 2). */
@Command(
        name = "submit",
        mixinStandardHelpOptions = true,
        description = {
            "Submit a CSV to a competition and print its public score.",
            "Exit 0 scored, 2 refused as invalid (the problems on stderr), 1 any other failure."
        })
public final class SubmitCommand implements Callable<Integer> {
    /** Exit code of a submission the server refused as invalid (as {@code pseudolab score}). */
    static final int INVALID = 2;

    @Parameters(index = "0", paramLabel = "FILE", description = "the submission CSV")
    Path file;

    @Option(names = "--competition", required = true, paramLabel = "SLUG", description = "the competition's slug")
    String competition;

    @Option(
            names = {"-m", "--message"},
            paramLabel = "MESSAGE",
            defaultValue = "",
            description = "the submission's description")
    String message;

    @Option(
            names = "--strategy",
            paramLabel = "NAME",
            description = "the strategy that made the file (letters, digits, '-', ':'): sent as the form field"
                    + " 'strategy', which the server's strategy comparison groups by, and put first in the description")
    String strategy;

    @Mixin
    ServerOptions connection;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final Submitter submitter;

    public SubmitCommand() {
        this(System.getenv(), new Submitter());
    }

    SubmitCommand(Map<String, String> env, Submitter submitter) {
        this.env = env;
        this.submitter = submitter;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new AppException("submission file " + file + " does not exist or is not a file");
        }
        String token = connection.requiredToken(env);
        Map<String, String> fields = strategy == null ? Map.of() : Map.of("strategy", strategy.strip());
        Submitter.Receipt receipt =
                submitter.post(connection.server(env), token, competition, file, description(), fields);
        JsonNode answer = parse(receipt.body());
        PrintWriter out = spec.commandLine().getOut();
        if (receipt.status() == 201) {
            out.println("public score: " + answer.path("publicScore").asText("none") + " (submission #"
                    + answer.path("id").asText() + " to " + competition + ")");
            out.flush();
            return 0;
        }
        if (receipt.status() == 422) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + answer.path("error").asText("the server refused the submission as invalid"));
            answer.path("problems").forEach(p -> err.println("  " + p.asText()));
            err.println("not counted against your daily limit");
            err.flush();
            return INVALID;
        }
        throw new AppException("the server refused the submission (HTTP " + receipt.status() + "): "
                + Submitter.errorMessage(receipt.body()));
    }

    /** The message, led by the strategy's name unless it already starts with it. */
    String description() {
        String text = message.strip();
        if (strategy == null || strategy.isBlank()) {
            return text;
        }
        String name = strategy.strip();
        boolean named = text.equals(name) || text.startsWith(name + " ") || text.startsWith(name + "(");
        return named ? text : text.isEmpty() ? name : name + " " + text;
    }

    private static JsonNode parse(String body) {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
