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

/** {@code pseudolab leaderboard --competition SLUG [--board public|private] [--csv]}: a competition's standings. */
@Command(
        name = "leaderboard",
        mixinStandardHelpOptions = true,
        description = {
            "Print a competition's leaderboard: rank, participant, score, submissions, last submission.",
            "The private board opens when the competition closes (the host's admin token sees it before)."
        })
public final class LeaderboardCommand implements Callable<Integer> {

    @Option(names = "--competition", required = true, paramLabel = "SLUG", description = "the competition's slug")
    String competition;

    @Option(
            names = "--board",
            defaultValue = "public",
            paramLabel = "public|private",
            description = "which board (default ${DEFAULT-VALUE})")
    String board;

    @Option(
            names = "--csv",
            description = "print the server's CSV (rank,participant,score,submissions,"
                    + "lastSubmittedAt,baseline) instead of a table")
    boolean csv;

    @Mixin
    ServerOptions connection;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    public LeaderboardCommand() {
        this(System.getenv());
    }

    LeaderboardCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!board.equals("public") && !board.equals("private")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--board must be public or private, not '" + board + "'");
        }
        ServerClient client = new ServerClient(connection.server(env).toString());
        String path = "/api/competitions/" + Formats.segment(competition);
        String token = connection.token(env);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.print(client.text(path + "/leaderboard.csv?board=" + board, token));
            out.flush();
            return 0;
        }
        JsonNode answer = client.get(path + "/leaderboard?board=" + board, token);
        out.printf(
                "%s board of %s%s%n", board, competition, answer.path("closed").asBoolean() ? " (closed)" : "");
        out.printf(
                "%-5s %-24s %-12s %-11s %-24s %s%n",
                "rank", "participant", "score", "submissions", "lastSubmittedAt", "");
        for (JsonNode r : answer.path("rows")) {
            out.printf(
                    "%-5s %-24s %-12s %-11s %-24s %s%n",
                    r.path("rank").asText(),
                    r.path("participant").asText(),
                    Formats.score(r.path("score")),
                    r.path("submissions").asText(),
                    r.path("lastSubmittedAt").asText(),
                    r.path("baseline").asBoolean() ? "baseline" : "");
        }
        out.flush();
        return 0;
    }
}
