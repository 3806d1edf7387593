package pseudolab.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code competition} command (being built). */
@Command(name = "competition", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class CompetitionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("competition: not built yet");
        return 1;
    }
}
