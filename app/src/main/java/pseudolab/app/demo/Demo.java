package pseudolab.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;
import pseudolab.app.AppException;
import pseudolab.app.datasets.DatasetCatalog;
import pseudolab.app.datasets.FashionMnistBuilder;
import pseudolab.harness.Harness;
import pseudolab.harness.RunOptions;
import pseudolab.harness.RunResult;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;
import pseudolab.server.cli.CompetitionCommand;
import pseudolab.server.cli.ServeCommand;

/**
 * The whole story in one call: build the Fashion-MNIST competition, start a server on a fresh SQLite home,
 * create the competition over HTTP, run each strategy through the harness and submit it as its own participant,
 * close the competition and read the public/private comparison back from the server.
 */
public final class Demo {
    private static final String MARKER = ".pseudolab-demo";

    private final DemoOptions options;
    private final DatasetCatalog datasets;
    private final Harness harness;
    private final PrintStream out;

    public Demo(DemoOptions options, DatasetCatalog datasets, Harness harness, PrintStream out) {
        this.options = options;
        this.datasets = datasets;
        this.harness = harness;
        this.out = out;
    }

    /** What a finished demo leaves: the running server, its URL, the competition slug and the results table. */
    public record Outcome(Javalin server, String url, String slug, StrategyTable table, List<RunResult> runs) {}

    /** Runs every step; the returned server is still running (the caller stops it). */
    public Outcome run() {
        long start = System.nanoTime();
        ServeCommand.requireFreePort(options.port()); // before minutes of work, not after
        int steps = 4 + options.strategies().size();
        step(
                1,
                steps,
                "building the Fashion-MNIST competition (" + options.dataset().labels() + " labels, "
                        + options.dataset().unlabelled() + " unlabelled images)");
        Path folder = datasets.ensureFashionMnist(options.dataset());
        step(2, steps, "starting the server on a fresh home " + options.home());
        String adminToken = freshToken();
        Javalin server = startServer(adminToken);
        String url = "http://localhost:" + server.port();
        ServerClient client = new ServerClient(url);
        String slug = createCompetition(folder, url, adminToken);
        List<RunResult> runs = new ArrayList<>();
        Map<String, StrategyTable.WallTime> times = new HashMap<>();
        int step = 3;
        for (String strategy : options.strategies()) {
            step(step++, steps, "strategy " + strategy + ": training, pseudolabelling and submitting");
            String token = client.register(participantName(strategy), adminToken);
            RunResult result = harness.run(runOptions(folder, strategy, URI.create(url), token));
            double seconds = result.timings().getOrDefault("totalSeconds", 0.0);
            out.printf(
                    Locale.ROOT,
                    "      public score %.4f, %s, %.0f s, wrote %s%n",
                    result.publicScore(),
                    Double.isNaN(result.oofScore())
                            ? "no OOF (1 fold)"
                            : String.format(Locale.ROOT, "OOF %.4f", result.oofScore()),
                    seconds,
                    result.csv());
            runs.add(result);
            times.put(strategy, StrategyTable.WallTime.of(seconds));
        }
        step(step++, steps, "closing the competition: private scores are revealed");
        client.close(slug, adminToken);
        step(step, steps, "reading the comparison back from the server");
        JsonNode answer = client.get("/api/competitions/" + slug + "/comparison", null);
        StrategyTable table = comparison(answer).inOrder(options.strategies()).withWallTimes(times);
        out.println();
        out.println(table.render());
        out.println();
        out.println(intervals(answer));
        out.println();
        out.printf(Locale.ROOT, "demo finished in %.0f s%n", (System.nanoTime() - start) / 1e9);
        out.println("leaderboard, shake-up and comparison: " + url + "/competitions/" + slug);
        return new Outcome(server, url, slug, table, runs);
    }

    /** Reads the server's comparison JSON into the table, in the server's order. */
    static StrategyTable comparison(JsonNode json) {
        List<StrategyTable.Row> rows = new ArrayList<>();
        for (JsonNode r : json.path("rows")) {
            rows.add(new StrategyTable.Row(
                    r.path("strategy").asText(),
                    r.path("submissions").asInt(),
                    number(r, "publicMean"),
                    number(r, "publicStd"),
                    number(r, "privateMean"),
                    number(r, "privateStd")));
        }
        return new StrategyTable(rows);
    }

    /** The server's gain intervals and verdicts (publicGainInterval, privateGainInterval) as terminal lines. */
    static String intervals(JsonNode json) {
        List<String> lines = new ArrayList<>();
        lines.add("Gain over no-PL, 95% paired-bootstrap interval from the server (1,000 resamples of the rows):");
        for (JsonNode r : json.path("rows")) {
            for (String board : List.of("public", "private")) {
                JsonNode i = r.get(board + "GainInterval");
                if (i != null) {
                    lines.add(String.format(
                            Locale.ROOT,
                            "%-17s %-7s %+.4f to %+.4f · %s (wins %d%% of resamples)",
                            board.equals("public") ? r.path("strategy").asText() : "",
                            board,
                            i.path("low").asDouble(),
                            i.path("high").asDouble(),
                            i.path("verdict").asText(),
                            Math.round(i.path("winShare").asDouble() * 100)));
                }
            }
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static double number(JsonNode row, String key) {
        JsonNode value = row.get(key);
        return value == null || value.isNull() ? Double.NaN : value.asDouble();
    }

    private RunOptions runOptions(Path folder, String strategy, URI url, String token) {
        return RunOptions.defaults(folder, strategy)
                .withImage(options.image())
                .withLearner(options.learner())
                .withStrategyOptions(options.strategyOptions())
                .withFolds(options.folds(), false)
                .withSeed(options.seed())
                .withOutput(options.submissions(), "demo-" + strategy)
                .withSubmit(url, token);
    }

    private static String participantName(String strategy) {
        return strategy.equals("none") ? "no-PL baseline" : strategy;
    }

    private Javalin startServer(String adminToken) {
        prepareHome(options.home());
        try {
            return ServerApp.create(ServerConfig.of(options.home(), adminToken)).start(options.port());
        } catch (RuntimeException e) {
            throw new AppException(
                    "cannot start the server on port " + options.port() + " (" + e.getMessage()
                            + "); is it in use? try --port 0 for any free port",
                    e);
        }
    }

    private String createCompetition(Path folder, String url, String adminToken) {
        int exit = new CommandLine(new CompetitionCommand())
                .execute("create", folder.toString(), "--server", url, "--token", adminToken);
        if (exit != 0) {
            throw new AppException("the server refused the competition in " + folder + " (exit " + exit + ")");
        }
        return FashionMnistBuilder.SLUG;
    }

    /** The demo owns its home: it wipes an earlier demo's home, and refuses any other non-empty folder. */
    private static void prepareHome(Path home) {
        try {
            if (Files.isDirectory(home) && !isEmpty(home)) {
                if (!Files.exists(home.resolve(MARKER))) {
                    throw new AppException(home + " is not empty and was not made by the demo; pass another --home");
                }
                try (Stream<Path> files = Files.walk(home)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(home);
            Files.writeString(home.resolve(MARKER), "made by ./pseudolab demo; wiped by the next demo run\n");
        } catch (IOException e) {
            throw new AppException("cannot prepare the demo home " + home + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String freshToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void step(int n, int of, String what) {
        out.printf(Locale.ROOT, "[%d/%d] %s%n", n, of, what);
        out.flush();
    }
}
