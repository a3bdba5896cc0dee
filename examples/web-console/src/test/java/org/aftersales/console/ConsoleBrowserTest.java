package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's Chromium through the system chromedriver). Every page a
 * test visits is saved as a screenshot in {@code target/screenshots/}.
 */
@Timeout(180)
class ConsoleBrowserTest {

    private static ConsoleApp app;
    private WebDriver driver;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        app = ConsoleApp.start(TestStores.settings(Clock.systemUTC()).withBoardRefreshSeconds(1),
                "localhost", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        driver = Browser.open(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void go(String path) {
        driver.get(app.address() + (path.startsWith("/") ? path.substring(1) : path));
    }

    private void signIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Dealership.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Test
    void P4_clickingABinShowsItsPartStockAndPlacementExplanation() {
        signIn("li");
        go("/warehouse");
        Browser.screenshot(driver, "warehouse-map");
        List<WebElement> stocked = driver.findElements(By.cssSelector("#map a.bin:not(.empty)"));
        assertThat(stocked).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#map a.bin.bad"))).as("bins breaking a hard rule are outlined")
                .hasSize(countHardViolationBins());
        WebElement bin = stocked.get(0);
        String code = bin.getAttribute("id").substring("bin-".length());
        bin.click();
        WebElement detail = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("detail")));
        assertThat(detail.getAttribute("data-bin")).isEqualTo(code);
        assertThat(detail.findElement(By.id("bin-stock")).getText()).contains("Part number");
        WebElement explanation = detail.findElement(By.cssSelector(".explanation"));
        assertThat(explanation.getText()).contains("Placement explanation").contains("Every rule's verdict");
        assertThat(explanation.findElements(By.cssSelector("table.verdicts tr"))).hasSizeGreaterThan(2);
        assertThat(driver.findElement(By.id("audit")).getText()).contains("Audit");
        assertThat(driver.findElement(By.id("plan")).getText()).contains("Re-slotting plan");
        Browser.screenshot(driver, "warehouse-bin");
    }

    private static int countHardViolationBins() {
        return (int) new Dealership(ConsoleSettings.defaults(Clock.systemUTC()).withBcryptCost(4),
                org.aftersales.core.store.Storage.inMemory()).warehouse().audit()
                .hardViolations().stream().map(f -> f.bin()).distinct().count();
    }

    @Test
    void S5_scorecardDrawsTheTrendAsAChart() {
        signIn("zhao");
        go("/scorecards");
        Browser.screenshot(driver, "scorecards");
        driver.findElement(By.id("card-D-PARTS")).click();
        WebElement chart = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("trend-chart")));
        List<WebElement> points = chart.findElements(By.cssSelector("circle.point"));
        // the six months up to March 2026 and March 2025, all monthly periods of the subject
        assertThat(points).hasSize(7);
        assertThat(points).extracting(p -> p.getAttribute("data-period")).startsWith("2025-03").endsWith("2026-03");
        assertThat(chart.getRect().getWidth()).isGreaterThan(300);
        assertThat(text()).contains("Department scorecard").contains("Same period in earlier years");
        Browser.screenshot(driver, "scorecard-department");
        go("/scorecards/S-WANG");
        assertThat(driver.findElements(By.cssSelector("#trend-chart circle.point"))).hasSize(7);
        Browser.screenshot(driver, "scorecard-staff");
    }

    @Test
    void K1_anOverdueComplaintIsHighlighted() {
        signIn("chen");
        driver.findElement(By.id("nav-complaints")).click();
        WebElement table = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("complaints")));
        List<WebElement> overdue = table.findElements(By.cssSelector("tr[data-overdue=true]"));
        List<WebElement> onTime = table.findElements(By.cssSelector("tr[data-overdue=false]"));
        assertThat(overdue).isNotEmpty();
        assertThat(onTime).isNotEmpty();
        String lateColour = overdue.get(0).findElement(By.tagName("td")).getCssValue("background-color");
        String onTimeColour = onTime.get(0).findElement(By.tagName("td")).getCssValue("background-color");
        assertThat(lateColour).isNotEqualTo(onTimeColour).isEqualTo("rgba(253, 226, 226, 1)");
        assertThat(overdue.get(0).getText()).contains("overdue");
        Browser.screenshot(driver, "complaints");
        overdue.get(0).findElement(By.tagName("a")).click();
        WebElement steps = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
        assertThat(steps.getText()).isNotBlank();
        assertThat(driver.findElement(By.id("limits")).getText()).contains("overdue");
        Browser.screenshot(driver, "complaint");
    }

    @Test
    void K1_warehouseKeeperDoesNotSeeComplaintsOrOthersScorecards() {
        signIn("li");
        assertThat(driver.findElements(By.id("nav-warehouse"))).hasSize(1);
        assertThat(driver.findElements(By.id("nav-complaints"))).isEmpty();
        go("/complaints");
        assertThat(driver.findElement(By.id("problem")).getAttribute("data-status")).isEqualTo("403");
        assertThat(driver.findElements(By.id("complaints"))).isEmpty();
        go("/scorecards");
        assertThat(driver.findElements(By.cssSelector("#scorecards a"))).extracting(WebElement::getText)
                .containsExactly("Staff scorecard: 李娜 Li Na");
        go("/scorecards/D-PARTS");
        assertThat(driver.findElement(By.id("problem")).getAttribute("data-status")).isEqualTo("403");
        Browser.screenshot(driver, "keeper-forbidden");
    }

    @Test
    void K1_aFormPostWithoutTheTokenIsRefused() {
        go("/login");
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('input[name=_csrf]').remove();");
        driver.findElement(By.id("username")).sendKeys("zhao");
        driver.findElement(By.id("password")).sendKeys(Dealership.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        WebElement problem = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(problem.getAttribute("data-status")).isEqualTo("403");
        assertThat(problem.getText()).contains("form token");
        assertThat(driver.findElements(By.id("who"))).as("not signed in").isEmpty();
        Browser.screenshot(driver, "csrf-refused");
    }

    @Test
    void K9_theChineseSwitchChangesThePage() {
        signIn("zhao");
        go("/warehouse");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Warehouse");
        driver.findElement(By.id("lang-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "仓库"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text()).contains("审核").contains("调整方案");
        Browser.screenshot(driver, "warehouse-zh");
        driver.findElement(By.id("lang-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Warehouse"));
    }

    @Test
    void screenshotsAreWritten() {
        go("/login");
        Path shot = Browser.screenshot(driver, "login");
        assertThat(shot).exists();
        assertThat(Files.isRegularFile(shot)).isTrue();
    }

    @Test
    void F16_theBoardShowsTheOpenOrdersInColourWithoutPersonalData() {
        go("/board");
        WebElement boardTable = driver.findElement(By.id("board"));
        List<WebElement> rows = boardTable.findElements(By.cssSelector("#board-rows tr[data-order]"));
        assertThat(rows).hasSize(Workshop.PLATES.length);
        assertThat(rows).extracting(r -> r.getAttribute("data-light")).contains("RED", "YELLOW", "GREEN");
        WebElement red = boardTable.findElement(By.cssSelector("tr[data-light=RED] td.light"));
        assertThat(red.getCssValue("background-color")).isEqualTo("rgba(214, 40, 40, 1)");
        String page = driver.getPageSource();
        for (String plate : Workshop.PLATES) {
            assertThat(page).doesNotContain(plate).contains(org.aftersales.serviceflow.board.PublicRow.maskPlate(plate));
        }
        assertThat(page).doesNotContain("Customer 0").doesNotContain("138000010").doesNotContain("Liu Yang");
        assertThat(driver.findElements(By.id("who"))).isEmpty();
        Browser.screenshot(driver, "board");
    }

    @Test
    void F16_theBoardUpdatesWhenAnOrderMoves() {
        go("/board");
        WebElement lateRow = driver.findElement(By.cssSelector("#board-rows tr[data-late=true]"));
        String number = lateRow.getAttribute("data-order");
        app.workshop().desk().reportDelay(new org.aftersales.serviceflow.Commands.ReportDelay(
                org.aftersales.core.id.RepairOrderId.of(number), java.time.Instant.now().plus(Duration.ofHours(3)),
                "waiting for a part", Workshop.ADVISOR));
        By row = By.cssSelector("#board-rows tr[data-order='" + number + "']");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "false".equals(d.findElement(row).getAttribute("data-late")));
        assertThat(driver.findElement(By.id("board")).getAttribute("data-refreshed")).isNotBlank();
        Browser.screenshot(driver, "board-updated");
    }

    @Test
    void F1_workshopListsOrdersByStateAndShowsOneOrdersTimeline() {
        signIn("liu");
        driver.findElement(By.id("nav-workshop")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.workshop")));
        assertThat(driver.findElements(By.cssSelector("table.workshop tr[data-late=true]"))).isNotEmpty();
        Browser.screenshot(driver, "workshop");
        driver.findElement(By.cssSelector("table.workshop a")).click();
        WebElement timeline = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(timeline.findElements(By.tagName("tr"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.cssSelector("table.revision")).getText()).contains("approved");
        Browser.screenshot(driver, "workshop-order");
    }

    @Test
    void F13_anAdvisorRecordsAFollowUpCallAndItLeavesTheDueList() {
        signIn("liu");
        driver.findElement(By.id("nav-follow_up")).click();
        WebElement due = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("due-calls")));
        String number = due.findElement(By.cssSelector("tr[data-order]")).getAttribute("data-order");
        Browser.screenshot(driver, "follow-up");
        due.findElement(By.linkText(number)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("call-form")));
        driver.findElement(By.id("reached-yes")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("satisfaction"))).selectByValue("4");
        driver.findElement(By.id("remarks")).sendKeys("Friendly advisor; the wash could be better.");
        driver.findElement(By.cssSelector("input[name=tag][value=advisor-attitude]")).click();
        driver.findElement(By.cssSelector("input[name=tag][value=cleanliness]")).click();
        Browser.screenshot(driver, "follow-up-call");
        driver.findElement(By.id("call-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("call-recorded")));
        assertThat(driver.findElements(By.cssSelector("tr[data-order='" + number + "']"))).isEmpty();
        assertThat(driver.findElement(By.id("remarks-by-tag")).getText()).contains("Car returned clean");
        Browser.screenshot(driver, "follow-up-recorded");
        driver.findElement(By.id("nav-blueprint")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("timed-standards")));
        assertThat(driver.findElements(By.cssSelector("table.blueprint"))).hasSize(3);
        Browser.screenshot(driver, "blueprint");
    }
}
