package pseudolab.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pseudolab.app.datasets.BuildOptions;
import pseudolab.app.datasets.DatasetCatalog;
import pseudolab.harness.Harness;
import pseudolab.harness.RunResult;
import pseudolab.harness.learn.LearnerOptions;
import pseudolab.scoring.SubmissionFormat;
import pseudolab.server.web.Browser;

class DemoEndToEndIT {
    private static final Path RAW =
            Path.of("..", "datasets", "fashion-mnist", "raw").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void everyStrategyIsScoredOnBothBoardsAndShownOnThePage() throws IOException {
        Path datasets = temp.resolve("datasets");
        Path raw = Files.createDirectories(datasets.resolve("fashion-mnist").resolve("raw"));
        try (var files = Files.list(RAW)) {
            for (Path file : files.toList()) {
                Files.copy(file, raw.resolve(file.getFileName()));
            }
        }
        DemoOptions options = new DemoOptions(
                BuildOptions.defaults().withLabels(100).withUnlabelled(400).withSeed(3),
                temp.resolve("home"),
                0,
                DemoOptions.STRATEGIES,
                LearnerOptions.defaults().withEpochs(2).withMinUpdates(40),
                1,
                3,
                temp.resolve("submissions"),
                true);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.Outcome outcome = new Demo(
                        options,
                        new DatasetCatalog(datasets),
                        new Harness(),
                        new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run();
        try {
            ServerClient client = new ServerClient(outcome.url());
            assertThat(outcome.runs())
                    .hasSize(DemoOptions.STRATEGIES.size())
                    .allSatisfy(run -> assertThat(run.publicScore()).isBetween(0.0, 1.0));
            Path sample = datasets.resolve("fashion-mnist").resolve("sample_submission.csv");
            for (RunResult run : outcome.runs()) {
                assertThat(SubmissionFormat.fromSample(sample).validate(run.csv()))
                        .as(run.csv().toString())
                        .isEmpty();
            }

            String api = "/api/competitions/" + outcome.slug();
            assertThat(client.get(api, null).path("closed").asBoolean()).isTrue();
            for (String board : List.of("public", "private")) {
                JsonNode rows =
                        client.get(api + "/leaderboard?board=" + board, null).path("rows");
                assertThat(rows)
                        .as(board + " board")
                        .hasSize(DemoOptions.STRATEGIES.size())
                        .allSatisfy(row ->
                                assertThat(row.path("score").asDouble(-1)).isBetween(0.0, 1.0));
            }
            JsonNode comparison = client.get(api + "/comparison", null).path("rows");
            assertThat(strategies(comparison)).containsExactlyInAnyOrderElementsOf(DemoOptions.STRATEGIES);
            assertThat(comparison)
                    .allSatisfy(row -> assertThat(row.has("privateMean")).isTrue());
            assertThat(outcome.table().rows())
                    .extracting(StrategyTable.Row::strategy)
                    .containsExactlyElementsOf(DemoOptions.STRATEGIES);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains(
                            "no PL (none)",
                            "self-training",
                            "pretraining",
                            "simultaneous",
                            "label-propagation",
                            "time per run",
                            outcome.url() + "/competitions/" + outcome.slug());

            assertThePageShowsEveryStrategy(outcome);
        } finally {
            outcome.server().stop();
        }
    }

    private static void assertThePageShowsEveryStrategy(Demo.Outcome outcome) {
        try (Browser browser = new Browser()) {
            var driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(outcome.url() + "/competitions/" + outcome.slug());
            wait.until(ExpectedConditions.attributeToBe(By.id("comparison"), "data-state", "loaded"));
            List<String> shown = new ArrayList<>();
            for (WebElement row : driver.findElements(By.cssSelector("#comparison tbody tr[data-strategy]"))) {
                shown.add(row.getAttribute("data-strategy"));
                assertThat(row.findElement(By.cssSelector(".private-mean")).getText())
                        .matches("0\\.\\d{4}.*");
            }
            assertThat(shown).containsExactlyInAnyOrderElementsOf(DemoOptions.STRATEGIES);
            driver.findElement(By.id("tab-private")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("leaderboard"), "data-board", "private"));
            wait.until(ExpectedConditions.attributeToBe(By.id("leaderboard"), "data-state", "loaded"));
            assertThat(driver.findElements(By.cssSelector("#leaderboard tbody tr")))
                    .hasSize(DemoOptions.STRATEGIES.size());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static List<String> strategies(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("strategy").asText()));
        return names;
    }
}
