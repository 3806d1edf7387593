package pseudolab.harness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code run} command (being built). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("run: not built yet");
        return 1;
    }
}
