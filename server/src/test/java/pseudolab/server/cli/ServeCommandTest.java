package pseudolab.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import pseudolab.server.ServerException;

class ServeCommandTest {
    @TempDir
    Path home;

    /** Runs serve as the launcher does for usage mistakes: the message on stderr after "error: ", exit 64. */
    private static int serve(StringWriter err, String... args) {
        CommandLine cmd = new CommandLine(new ServeCommand());
        cmd.setErr(new PrintWriter(err, true));
        cmd.setParameterExceptionHandler((ex, given) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            return 64;
        });
        return cmd.execute(args);
    }

    @Test
    void aPortOutOfRangeIsAUsageMistakeNamingTheValue() {
        StringWriter err = new StringWriter();
        int exit = serve(err, "--port", "-1", "--home", home.toString(), "--admin-token", "t");

        assertThat(exit).isEqualTo(64);
        assertThat(err.toString().strip()).isEqualTo("error: --port must be 0..65535, got -1");
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresqlIsAUsageMistakeNamingItWithoutItsParameters() {
        StringWriter err = new StringWriter();
        int exit = serve(
                err,
                "--port",
                "0",
                "--home",
                home.toString(),
                "--admin-token",
                "admin-token-1",
                "--database",
                "jdbc:mysql://db:3306/pl?password=secret");

        assertThat(exit).isEqualTo(64);
        assertThat(err.toString().strip())
                .isEqualTo("error: --database must be a jdbc:postgresql://... URL, got 'jdbc:mysql://db:3306/pl'");
    }

    @Test
    void aBootstrapResampleCountOutOfRangeIsAUsageMistakeNamingTheValue() {
        StringWriter err = new StringWriter();
        int exit = serve(
                err,
                "--port",
                "0",
                "--home",
                home.toString(),
                "--admin-token",
                "admin-token-1",
                "--bootstrap-resamples",
                "0");

        assertThat(exit).isEqualTo(64);
        assertThat(err.toString().strip()).isEqualTo("error: --bootstrap-resamples must be 1..100000, got 0");
    }

    @Test
    void aPortInUseIsRefusedInOneLineBeforeTheServerStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> ServeCommand.requireFreePort(port))
                    .isInstanceOf(ServerException.class)
                    .hasMessageStartingWith("port " + port + " is in use")
                    .hasMessageContaining("--port");
        }
        ServeCommand.requireFreePort(0);
    }
}
