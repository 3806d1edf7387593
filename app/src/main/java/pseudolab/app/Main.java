package pseudolab.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import pseudolab.app.client.LeaderboardCommand;
import pseudolab.app.client.SubmissionsCommand;
import pseudolab.app.client.SubmitCommand;
import pseudolab.app.datasets.DatasetsCommand;
import pseudolab.app.demo.DemoCommand;
import pseudolab.app.report.ReportCommand;
import pseudolab.harness.cli.RunCommand;
import pseudolab.harness.learn.NativeBackend;
import pseudolab.scoring.cli.ScoreCommand;
import pseudolab.server.cli.CompetitionCommand;
import pseudolab.server.cli.ServeCommand;

/** The {@code pseudolab} command line: one entry point over scoring, server, harness and the demo. */
@Command(
        name = "pseudolab",
        mixinStandardHelpOptions = true,
        version = "pseudolab 0.1.0",
        description = "A Kaggle-style competition server with a pseudolabelling laboratory attached.",
        subcommands = {
            ScoreCommand.class,
            ServeCommand.class,
            CompetitionCommand.class,
            SubmitCommand.class,
            SubmissionsCommand.class,
            LeaderboardCommand.class,
            RunCommand.class,
            DatasetsCommand.class,
            DemoCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for command-line usage mistakes (2 is reserved for invalid submissions). */
    public static final int USAGE = 64;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        NativeBackend.configure();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(Main::reportUsageMistake);
        cmd.setExecutionExceptionHandler(Main::reportFailure);
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int reportUsageMistake(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("error: " + ex.getMessage());
        cmd.getErr()
                .println("try: pseudolab "
                        + cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^pseudolab ?", "") + " --help");
        cmd.getErr().flush();
        return USAGE;
    }

    private static int reportFailure(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (UserErrors.isUserError(ex)) {
            err.println("error: " + ex.getMessage());
        } else {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
