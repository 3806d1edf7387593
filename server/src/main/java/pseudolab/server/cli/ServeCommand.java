package pseudolab.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code serve} command (being built). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("serve: not built yet");
        return 1;
    }
}
