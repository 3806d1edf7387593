package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The test JVMs run with the thread settings of threads.env, their one home (the pom passes them on). */
class ThreadSettingsTest {

    @Test
    void everySettingOfThreadsEnvReachesTheTestJvm() throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("..", "threads.env"))) {
            settings.load(in);
        }
        assertThat(settings).isNotEmpty();
        settings.forEach((key, value) ->
                assertThat(System.getenv((String) key)).as((String) key).isEqualTo(value));
    }
}
