package pseudolab.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the run command in-process and keeps what it printed to standard output and standard error. */
final class RunCommandCall {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The command's exit code for {@code args}. */
    int run(String... args) {
        CommandLine cmd = new CommandLine(new RunCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
