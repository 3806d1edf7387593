package pseudolab.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import pseudolab.app.Main;
import pseudolab.harness.strategy.Strategies;
import pseudolab.harness.strategy.StrategyInfo;

/** The demo's and the report's strategy lists and help come from the strategies' own declarations. */
class DemoStrategiesTest {
    private static String help(String command) {
        StringWriter out = new StringWriter();
        CommandLine main = Main.commandLine();
        main.setOut(new PrintWriter(out));
        assertThat(main.execute(command, "--help")).isZero();
        return out.toString().replaceAll("\\s+", ""); // picocli wraps lines wherever a space falls
    }

    @Test
    void theDemoListIsTheStrategiesThatDeclareTheyFitTheDemo() {
        assertThat(DemoOptions.STRATEGIES)
                .isEqualTo(Strategies.demo())
                .isEqualTo(Strategies.all().stream()
                        .filter(StrategyInfo::inDemo)
                        .map(StrategyInfo::name)
                        .toList())
                .contains("none");
    }

    @Test
    void withoutStrategiesTheDemoAndTheReportRunTheDemoList() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertThat(demo.run.runs()).isEqualTo(Strategies.demo());
        DemoCommand chosen = new DemoCommand();
        new CommandLine(chosen).parseArgs("--strategies", "none,consistency");
        assertThat(chosen.run.runs()).containsExactly("none", "consistency");
    }

    @Test
    void demoAndReportHelpNameEveryStrategyAndTheDefaultList() {
        for (String command : new String[] {"demo", "report"}) {
            assertThat(help(command))
                    .as(command)
                    .contains("of" + String.join(",", Strategies.names()) + "(default")
                    .contains("(default" + String.join(",", Strategies.demo()) + ":");
        }
    }
}
