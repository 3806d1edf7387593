package pseudolab.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import pseudolab.server.app.ServerApp;
import pseudolab.server.app.ServerConfig;
import pseudolab.server.web.ApiClient.Part;
import pseudolab.server.web.CompetitionPage.ComparisonRow;
import pseudolab.server.web.CompetitionPage.LeaderboardRow;
import pseudolab.server.web.CompetitionPage.ShakeupRow;

/**
 * The pages in Debian's headless Chromium against the real app on a real SQLite home: one competition lived
 * through from the first submissions to the shake-up after close. The steps run in order on one browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetitionPageBrowserIT {
    private static final String SLUG = "toy-pl";
    private static final String ADMIN = "admin-secret-token";
    private static final int PUBLIC_ROWS = 10;
    private static final int PRIVATE_ROWS = 8;
    private static final int IGNORED_ROWS = 2;

    /** A designed submission: its declared strategy, how many public and private rows it gets right. */
    private record Entry(
            String participant,
            String description,
            String strategy,
            int publicCorrect,
            int privateCorrect,
            boolean baseline) {
        double publicScore() {
            return (double) publicCorrect / PUBLIC_ROWS;
        }

        double privateScore() {
            return (double) privateCorrect / PRIVATE_ROWS;
        }
    }

    private static final Entry ALICE_NONE = new Entry("alice", "none", "none", 9, 4, false);
    private static final Entry ALICE_SELF = new Entry("alice", "self-training round 1", "self-training", 8, 7, false);
    private static final Entry BOB_PRE = new Entry("bob", "pretraining on test images", "pretraining", 7, 8, false);
    private static final Entry HOST_BASE = new Entry("host", "baseline", "none", 3, 2, true);
    private static final Entry CAROL_SELF = new Entry("carol", "round 2", "self-training", 6, 6, false);
    private static final List<Entry> ALL = List.of(ALICE_NONE, ALICE_SELF, BOB_PRE, HOST_BASE, CAROL_SELF);

    @TempDir
    static Path home;

    @TempDir
    static Path files;

    private Javalin app;
    private String baseUrl;
    private ApiClient api;
    private Browser browser;
    private CompetitionPage page;
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void startServerAndBrowser() {
        assertThat(Browser.installed())
                .as(
                        "this test needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")
                .isTrue();
        app = ServerApp.create(ServerConfig.of(home, ADMIN)).start(0);
        baseUrl = "http://127.0.0.1:" + app.port();
        api = new ApiClient(baseUrl);
        browser = new Browser();
        page = new CompetitionPage(browser.driver());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    @Order(1)
    void theCompetitionsListLinksToACompetitionCreatedThroughTheApi() {
        api.createCompetition(
                ADMIN,
                List.of(
                        Part.file("definition", "competition.json", """
                        {"slug": "%s", "title": "Toy PL <b>cup</b>", "description": "Three classes.\\n<em>not markup</em>",
                         "metric": "accuracy", "deadline": "2099-12-31T23:59:00Z", "dailyLimit": 5,
                         "finalSelections": 1}""".formatted(SLUG)),
                        Part.file("solution", "solution.csv", solution()),
                        Part.file("sample_submission.csv", "sample_submission.csv", sampleSubmission())));
        for (String name : List.of("alice", "bob", "carol", "host")) {
            tokens.put(name, api.register(name));
        }
        for (Entry entry : List.of(ALICE_NONE, ALICE_SELF, BOB_PRE, HOST_BASE)) {
            JsonNode scored = entry.baseline()
                    ? api.submitBaseline(
                            SLUG, ADMIN, entry.participant(), submission(entry), entry.description(), entry.strategy())
                    : api.submit(
                            SLUG,
                            tokens.get(entry.participant()),
                            submission(entry),
                            entry.description(),
                            entry.strategy());
            assertThat(scored.get("publicScore").asDouble()).isCloseTo(entry.publicScore(), offset(1e-9));
        }

        browser.driver().get(baseUrl + "/");
        WebElement card = page.awaitCompetitionCard(SLUG);
        assertThat(card.findElement(By.cssSelector(".title")).getText()).isEqualTo("Toy PL <b>cup</b>");
        assertThat(card.findElement(By.cssSelector(".metric")).getText()).isEqualTo("accuracy");
        assertThat(card.findElement(By.cssSelector(".submissions")).getText()).isEqualTo("4");
        assertThat(card.findElement(By.cssSelector(".participants")).getText()).isIn("3", "4");
        assertThat(card.findElement(By.cssSelector(".badge")).getText()).isEqualTo("open");

        card.findElement(By.tagName("a")).click();
        page.awaitLoaded();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/competitions/" + SLUG);
    }

    @Test
    @Order(2)
    void beforeCloseThePublicBoardIsShownAndThePrivateTabIsDisabled() {
        page.open(baseUrl, SLUG);
        assertThat(page.text("title")).isEqualTo("Toy PL <b>cup</b>");
        assertThat(page.text("description")).contains("<em>not markup</em>");
        assertThat(browser.driver().findElements(By.cssSelector("#description em, #title b")))
                .isEmpty();
        assertThat(page.text("files")).contains("sample_submission.csv").doesNotContain("solution");

        List<LeaderboardRow> rows = page.leaderboardRows(3);
        assertThat(rows).extracting(LeaderboardRow::participant).containsExactly("alice", "bob", "host");
        assertThat(rows)
                .extracting(LeaderboardRow::score)
                .containsExactly(
                        fixed(ALICE_NONE.publicScore(), 5),
                        fixed(BOB_PRE.publicScore(), 5),
                        fixed(HOST_BASE.publicScore(), 5));
        assertThat(rows).extracting(LeaderboardRow::baseline).containsExactly(false, false, true);

        assertThat(page.tab("public").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.tab("private").isEnabled()).isFalse();
        assertThat(page.tab("private").getText()).contains("opens 31 Dec 2099");

        assertThat(page.comparisonHeader())
                .noneMatch(header -> header.toLowerCase(Locale.ROOT).contains("private"));
        assertThat(page.text("shakeup-section")).isEmpty();
        String body = browser.driver().findElement(By.tagName("body")).getText();
        for (Entry entry : ALL) {
            assertThat(body)
                    .as("private score of %s before close", entry)
                    .doesNotContain(fixed(entry.privateScore(), 4));
        }
    }

    @Test
    @Order(3)
    void theSubmitFormShowsTheScoreOfAValidFileAndTheProblemsOfAnInvalidOne() throws IOException {
        page.open(baseUrl, SLUG);
        Path good = Files.writeString(files.resolve("carol.csv"), submission(CAROL_SELF));
        WebElement result = page.submit(tokens.get("carol"), good, CAROL_SELF.description(), CAROL_SELF.strategy());
        assertThat(result.getAttribute("data-kind")).isEqualTo("ok");
        assertThat(page.text("submit-score")).isEqualTo(fixed(CAROL_SELF.publicScore(), 5));
        assertThat(page.leaderboardRows(4))
                .extracting(LeaderboardRow::participant)
                .containsExactly("alice", "bob", "carol", "host");

        Path bad = Files.writeString(
                files.resolve("bad.csv"), submission(CAROL_SELF).replace("\n20,", "\n999,"));
        result = page.submit(tokens.get("carol"), bad, "none");
        assertThat(result.getAttribute("data-kind")).isEqualTo("error");
        assertThat(page.text("submit-problems")).contains("999");
        assertThat(page.leaderboardRows(4)).hasSize(4);
    }

    @Test
    @Order(4)
    void theSubmitFormExplainsTheDailyLimit() throws IOException {
        String slug = "toy-limit";
        api.createCompetition(
                ADMIN,
                List.of(
                        Part.file("definition", "competition.json", """
                        {"slug": "%s", "title": "One a day", "metric": "accuracy", "dailyLimit": 1}""".formatted(slug)),
                        Part.file("solution", "solution.csv", solution())));
        api.submit(slug, tokens.get("carol"), submission(CAROL_SELF), "none");
        page.open(baseUrl, slug);
        Path again = Files.writeString(files.resolve("again.csv"), submission(ALICE_NONE));
        WebElement result = page.submit(tokens.get("carol"), again, "none again");
        assertThat(result.getAttribute("data-kind")).isEqualTo("warn");
        assertThat(result.getText()).contains("Daily submission limit reached");
        assertThat(page.leaderboardRows(1).get(0).score()).isEqualTo(fixed(CAROL_SELF.publicScore(), 5));
    }

    @Test
    @Order(5)
    void mySubmissionsListsOnesOwnSubmissionsAndSelectsTheFinalOne() {
        page.open(baseUrl, SLUG);
        List<WebElement> mine = page.mySubmissions(tokens.get("alice"));
        assertThat(mine).hasSize(2);
        assertThat(browser.driver().findElement(By.id("my-submissions")).getText())
                .contains(ALICE_NONE.description(), ALICE_SELF.description(), fixed(ALICE_NONE.publicScore(), 5));
        long firstId = Long.parseLong(mine.stream()
                .filter(row -> row.findElement(By.cssSelector("td.description"))
                        .getText()
                        .equals(ALICE_NONE.description()))
                .findFirst()
                .orElseThrow()
                .getAttribute("data-id"));
        page.select(firstId, "1 of 1 selected");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("input.select[data-id='" + firstId + "']"))
                        .isSelected())
                .isTrue();
    }

    @Test
    @Order(6)
    void afterCloseThePrivateBoardTheShakeUpAndTheComparisonAreShown() throws IOException {
        api.close(SLUG, ADMIN);
        page.open(baseUrl, SLUG);
        assertThat(page.tab("private").isEnabled()).isTrue();
        page.selectTab("private");
        assertThat(page.tab("private").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.tab("public").getAttribute("aria-selected")).isEqualTo("false");

        // alice selected her "none" submission, so her better private "self-training" one does not count
        List<LeaderboardRow> privateRows = page.leaderboardRows(4);
        assertThat(privateRows)
                .extracting(LeaderboardRow::participant)
                .containsExactly("bob", "carol", "alice", "host");
        assertThat(privateRows)
                .extracting(LeaderboardRow::score)
                .containsExactly(
                        fixed(BOB_PRE.privateScore(), 5),
                        fixed(CAROL_SELF.privateScore(), 5),
                        fixed(ALICE_NONE.privateScore(), 5),
                        fixed(HOST_BASE.privateScore(), 5));

        page.tab("private").sendKeys(Keys.ARROW_LEFT);
        page.awaitBoard("public");
        assertThat(page.leaderboardRows(4))
                .extracting(LeaderboardRow::participant)
                .containsExactly("alice", "bob", "carol", "host");

        Map<String, ShakeupRow> shakeup =
                page.shakeupRows().stream().collect(Collectors.toMap(ShakeupRow::participant, row -> row));
        ShakeupRow alice = shakeup.get("alice");
        assertThat(alice.publicRank()).isEqualTo("1");
        assertThat(alice.privateRank()).isEqualTo("3");
        assertThat(alice.change()).isEqualTo("▼ 2");
        assertThat(alice.changeClass()).contains("down");
        assertThat(alice.bestUnselected()).isEqualTo(fixed(ALICE_SELF.privateScore(), 5));
        assertThat(alice.regret()).isEqualTo(fixed(ALICE_SELF.privateScore() - ALICE_NONE.privateScore(), 5));
        ShakeupRow bob = shakeup.get("bob");
        assertThat(bob.change()).isEqualTo("▲ 1");
        assertThat(bob.changeClass()).contains("up");
        assertThat(bob.regret()).isEqualTo(fixed(0, 5));

        assertThat(page.comparisonHeader())
                .anyMatch(header -> header.toLowerCase(Locale.ROOT).contains("private"));
        Map<String, ComparisonRow> comparison =
                page.comparisonRows().stream().collect(Collectors.toMap(ComparisonRow::strategy, row -> row));
        assertThat(comparison).containsOnlyKeys("none", "self-training", "pretraining");
        for (String strategy : comparison.keySet()) {
            List<Entry> group = ALL.stream()
                    .filter(entry -> entry.strategy().equals(strategy))
                    .toList();
            List<String> cells = comparison.get(strategy).cells();
            assertThat(cells.get(0)).as("submissions of %s", strategy).isEqualTo(String.valueOf(group.size()));
            assertThat(cells.get(1)).startsWith(fixed(mean(group, true), 4));
            assertThat(cells.get(4)).startsWith(fixed(mean(group, false), 4));
        }
        List<Entry> none =
                ALL.stream().filter(entry -> entry.strategy().equals("none")).toList();
        List<Entry> pretraining = List.of(BOB_PRE);
        assertThat(comparison.get("pretraining").cells().get(6))
                .isEqualTo("+" + fixed(mean(pretraining, false) - mean(none, false), 4));

        // the gain intervals and their verdicts, as the API computed them, in words on the page
        JsonNode apiRows = api.get("/api/competitions/" + SLUG + "/comparison").get("rows");
        for (JsonNode row : apiRows) {
            String strategy = row.get("strategy").asText();
            List<String> cells = comparison.get(strategy).cells();
            if (strategy.equals("none")) {
                assertThat(cells.subList(7, 9)).containsOnly("reference");
                continue;
            }
            for (String board : List.of("public", "private")) {
                JsonNode interval = row.get(board + "GainInterval");
                assertThat(interval.get("verdict").asText()).isIn("gain", "loss", "no clear difference");
                assertThat(cells.get(board.equals("public") ? 7 : 8))
                        .as("%s interval of %s", board, strategy)
                        .startsWith(signed(interval.get("low").asDouble()) + " to "
                                + signed(interval.get("high").asDouble()))
                        .contains("· " + interval.get("verdict").asText());
            }
        }
        assertThat(page.text("comparison-note")).contains("paired bootstrap");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path chartShot = shots.resolve("comparison.png");
        Files.write(
                chartShot,
                browser.driver()
                        .findElement(By.id("comparison-section"))
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(Files.size(chartShot)).isPositive();

        // the private board with the ranks each entry could hold and its tie group, as the API computed them
        page.selectTab("private");
        JsonNode privateApi = api.get("/api/competitions/" + SLUG + "/leaderboard?board=private")
                .get("rows");
        List<WebElement> trs = browser.driver().findElements(By.cssSelector("#leaderboard tbody tr"));
        assertThat(trs).hasSize(privateApi.size());
        for (int i = 0; i < trs.size(); i++) {
            JsonNode row = privateApi.get(i);
            String range = row.get("rankLow").asInt() == row.get("rankHigh").asInt()
                    ? row.get("rankLow").asText()
                    : row.get("rankLow").asText() + "–" + row.get("rankHigh").asText();
            assertThat(trs.get(i).findElement(By.cssSelector("td.rank-range")).getText())
                    .isEqualTo(range);
            assertThat(trs.get(i).findElement(By.cssSelector("td.tie-group")).getText())
                    .isEqualTo(row.get("tieGroup").asText());
        }
        assertThat(page.text("leaderboard-note")).contains("paired bootstrap of the private rows");
        Path boardShot = shots.resolve("private-board.png");
        Files.write(
                boardShot,
                browser.driver()
                        .findElement(By.id("leaderboard-section"))
                        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(Files.size(boardShot)).isPositive();

        // failed HTTP answers (the 422 and 429 above) are left out; script errors of all steps are not
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.overflowsAtWidth(390))
                .as("page wider than a 390 px phone screen")
                .isFalse();
        Path screenshot = shots.resolve("closed-competition.png");
        browser.screenshot(screenshot);
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    @Order(7)
    void aLowerIsBetterMetricSaysSoAndRanksTheSmallestErrorFirst() throws IOException {
        Path example = Path.of("../datasets/examples/trends-assessment-prediction");
        JsonNode expected = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(example.resolve("submissions/expected.json").toFile());
        api.createCompetition(
                ADMIN,
                List.of(
                        Part.file(
                                "definition",
                                "competition.json",
                                Files.readString(example.resolve("competition.json"))),
                        Part.file("solution", "solution.csv", Files.readString(example.resolve("solution.csv")))));
        String slug = "trends-assessment-prediction";
        api.submit(slug, tokens.get("bob"), Files.readString(example.resolve("submissions/bad.csv")), "means");
        api.submit(slug, tokens.get("carol"), Files.readString(example.resolve("submissions/good.csv")), "good");

        page.open(baseUrl, slug);
        assertThat(page.text("metric")).contains("weighted_nae").contains("↓ lower is better");
        List<LeaderboardRow> rows = page.leaderboardRows(2);
        assertThat(rows).extracting(LeaderboardRow::participant).containsExactly("carol", "bob");
        assertThat(rows)
                .extracting(LeaderboardRow::score)
                .containsExactly(
                        fixed(expected.at("/good/public").asDouble(), 5),
                        fixed(expected.at("/bad/public").asDouble(), 5));
    }

    @Test
    @Order(8)
    void aLadderCompetitionSaysWhenItsComparisonAppearsInsteadOfShowingAnError() {
        String slug = "ladder-cup";
        api.createCompetition(
                ADMIN,
                List.of(
                        Part.file("definition", "competition.json", """
                        {"slug": "%s", "title": "Ladder cup", "metric": "accuracy", "publicBoard": "ladder"}""".formatted(slug)),
                        Part.file("solution", "solution.csv", solution())));
        api.submit(slug, tokens.get("alice"), submission(ALICE_NONE), "none");

        page.open(baseUrl, slug);
        page.comparisonHeader();
        assertThat(page.text("comparison"))
                .contains("public board is a ladder, so the strategy comparison appears when it closes")
                .doesNotContain("Could not load");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A gain as the page writes it: sign, four decimals. */
    private static String signed(double value) {
        String digits = fixed(Math.abs(value), 4);
        return (Double.parseDouble(digits) == 0 ? "±" : value > 0 ? "+" : "−") + digits;
    }

    private static double mean(List<Entry> group, boolean publicPart) {
        return group.stream()
                .mapToDouble(publicPart ? Entry::publicScore : Entry::privateScore)
                .average()
                .orElseThrow();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The true label of row {@code id}: three classes in turn. */
    private static int label(int id) {
        return id % 3;
    }

    private static String solution() {
        return "id,label,Usage\n"
                + IntStream.rangeClosed(1, PUBLIC_ROWS + PRIVATE_ROWS + IGNORED_ROWS)
                        .mapToObj(id -> id + "," + label(id) + "," + usage(id) + "\n")
                        .collect(Collectors.joining());
    }

    private static String usage(int id) {
        if (id <= PUBLIC_ROWS) {
            return "Public";
        }
        return id <= PUBLIC_ROWS + PRIVATE_ROWS ? "Private" : "Ignored";
    }

    private static String sampleSubmission() {
        return "id,label\n"
                + IntStream.rangeClosed(1, PUBLIC_ROWS + PRIVATE_ROWS + IGNORED_ROWS)
                        .mapToObj(id -> id + ",0\n")
                        .collect(Collectors.joining());
    }

    /** A submission right on the first publicCorrect public rows and the first privateCorrect private rows. */
    private static String submission(Entry entry) {
        return "id,label\n"
                + IntStream.rangeClosed(1, PUBLIC_ROWS + PRIVATE_ROWS + IGNORED_ROWS)
                        .mapToObj(id -> {
                            boolean right = id <= PUBLIC_ROWS
                                    ? id <= entry.publicCorrect()
                                    : id <= PUBLIC_ROWS + PRIVATE_ROWS && id - PUBLIC_ROWS <= entry.privateCorrect();
                            return id + "," + (right ? label(id) : (label(id) + 1) % 3) + "\n";
                        })
                        .collect(Collectors.joining());
    }
}
