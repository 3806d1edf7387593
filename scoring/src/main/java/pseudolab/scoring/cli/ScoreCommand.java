package pseudolab.scoring.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code score} command (being built). */
@Command(name = "score", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ScoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("score: not built yet");
        return 1;
    }
}
