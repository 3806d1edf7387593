package pseudolab.server.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The competition page as a test reads it: tabs, leaderboard, shake-up, comparison, forms. */
final class CompetitionPage {
    /** One leaderboard row as shown. */
    record LeaderboardRow(String rank, String participant, String score, boolean baseline) {}

    /** One shake-up row as shown. */
    record ShakeupRow(
            String participant,
            String publicRank,
            String privateRank,
            String change,
            String changeClass,
            String publicScore,
            String privateScore,
            String bestUnselected,
            String regret) {}

    /** One comparison row: the strategy and its cells (without the strategy) in column order. */
    record ComparisonRow(String strategy, List<String> cells) {}

    private final WebDriver driver;
    private final WebDriverWait wait;

    CompetitionPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    CompetitionPage open(String baseUrl, String slug) {
        driver.get(baseUrl + "/competitions/" + slug);
        awaitLoaded();
        return this;
    }

    void awaitLoaded() {
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-state", "loaded"));
    }

    /** On the competitions list: waits for the card of {@code slug} and returns it. */
    WebElement awaitCompetitionCard(String slug) {
        wait.until(ExpectedConditions.attributeToBe(By.id("competitions"), "data-state", "loaded"));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#competitions li.competition[data-slug='" + slug + "']")));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    WebElement tab(String board) {
        return driver.findElement(By.id("tab-" + board));
    }

    void selectTab(String board) {
        tab(board).click();
        awaitBoard(board);
    }

    void awaitBoard(String board) {
        wait.until(ExpectedConditions.and(
                ExpectedConditions.attributeToBe(By.id("leaderboard"), "data-board", board),
                ExpectedConditions.attributeToBe(By.id("leaderboard"), "data-state", "loaded")));
    }

    /** Waits until the shown board has {@code count} rows and returns them. */
    List<LeaderboardRow> leaderboardRows(int count) {
        wait.until(ExpectedConditions.attributeToBe(By.id("leaderboard"), "data-state", "loaded"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#leaderboard tbody tr:not(.empty)"), count));
        return driver.findElements(By.cssSelector("#leaderboard tbody tr")).stream()
                .map(tr -> new LeaderboardRow(
                        tr.findElement(By.cssSelector("td.rank")).getText(),
                        tr.findElement(By.cssSelector("td.participant .name")).getText(),
                        tr.findElement(By.cssSelector("td.score")).getText(),
                        tr.getAttribute("class").contains("baseline")))
                .toList();
    }

    List<ShakeupRow> shakeupRows() {
        wait.until(ExpectedConditions.attributeToBe(By.id("shakeup"), "data-state", "loaded"));
        return driver.findElements(By.cssSelector("#shakeup tbody tr")).stream()
                .map(tr -> new ShakeupRow(
                        cell(tr, "participant"),
                        cell(tr, "public-rank"),
                        cell(tr, "private-rank"),
                        cell(tr, "change-cell"),
                        tr.findElement(By.cssSelector("td.change-cell .change")).getAttribute("class"),
                        cell(tr, "public-score"),
                        cell(tr, "private-score"),
                        cell(tr, "best-unselected"),
                        cell(tr, "regret")))
                .toList();
    }

    List<String> comparisonHeader() {
        wait.until(ExpectedConditions.attributeToBe(By.id("comparison"), "data-state", "loaded"));
        return driver.findElements(By.cssSelector("#comparison thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<ComparisonRow> comparisonRows() {
        wait.until(ExpectedConditions.attributeToBe(By.id("comparison"), "data-state", "loaded"));
        return driver.findElements(By.cssSelector("#comparison tbody tr")).stream()
                .map(tr -> new ComparisonRow(
                        tr.findElement(By.cssSelector("th.strategy")).getText(),
                        tr.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    /** Fills and sends the submit form; returns the result element once it shows an outcome. */
    WebElement submit(String token, Path file, String description) {
        return submit(token, file, description, "");
    }

    /** Fills and sends the submit form with a declared strategy ("" for none). */
    WebElement submit(String token, Path file, String description, String strategy) {
        WebElement strategyInput = driver.findElement(By.id("submission-strategy"));
        strategyInput.clear();
        strategyInput.sendKeys(strategy);
        WebElement tokenInput = driver.findElement(By.id("token"));
        tokenInput.clear();
        tokenInput.sendKeys(token);
        driver.findElement(By.id("submission-file"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement descriptionInput = driver.findElement(By.id("submission-description"));
        descriptionInput.clear();
        descriptionInput.sendKeys(description);
        driver.findElement(By.id("submit-button")).click();
        WebElement result = driver.findElement(By.id("submit-result"));
        wait.until(d -> List.of("ok", "error", "warn").contains(result.getAttribute("data-kind")));
        return result;
    }

    /** Shows the submissions of {@code token} in the "my submissions" panel. */
    List<WebElement> mySubmissions(String token) {
        WebElement tokenInput = driver.findElement(By.id("token"));
        tokenInput.clear();
        tokenInput.sendKeys(token);
        driver.findElement(By.id("load-mine")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("my-submissions"), "data-state", "loaded"));
        return driver.findElements(By.cssSelector("#my-submissions tbody tr"));
    }

    /** Ticks or unticks the final-selection box of submission {@code id} and waits for the server's answer. */
    void select(long id, String expectedNote) {
        driver.findElement(By.cssSelector("#my-submissions input.select[data-id='" + id + "']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection-note"), expectedNote));
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.cssSelector("td." + cssClass)).getText();
    }
}
