package pseudolab.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pseudolab.app.demo.ServerClient;

/** {@code pseudolab submissions --competition SLUG}: one's own submissions with their scores and selection. */
@Command(
        name = "submissions",
        mixinStandardHelpOptions = true,
        description = {
            "List your submissions to a competition: id, time, public score, private score (once the",
            "competition has closed), selected for the private board, baseline, description."
        })
public final class SubmissionsCommand implements Callable<Integer> {
    @Option(names = "--competition", required = true, paramLabel = "SLUG", description = "the competition's slug")
    String competition;

    @Mixin
    ServerOptions connection;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    public SubmissionsCommand() {
        this(System.getenv());
    }

    SubmissionsCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String token = connection.requiredToken(env);
        ServerClient client = new ServerClient(connection.server(env).toString());
        JsonNode rows = client.get("/api/competitions/" + Formats.segment(competition) + "/submissions", token);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%-6s %-24s %-12s %-12s %-8s %-8s %s%n",
                "id", "submittedAt", "public", "private", "selected", "baseline", "description");
        for (JsonNode s : rows) {
            out.printf(
                    "%-6s %-24s %-12s %-12s %-8s %-8s %s%n",
                    s.path("id").asText(),
                    s.path("submittedAt").asText(),
                    Formats.score(s.path("publicScore")),
                    Formats.score(s.path("privateScore")),
                    s.path("selected").asBoolean() ? "yes" : "no",
                    s.path("baseline").asBoolean() ? "yes" : "no",
                    s.path("description").asText());
        }
        out.println(rows.size() + " submission" + (rows.size() == 1 ? "" : "s"));
        out.flush();
        return 0;
    }
}
