package org.writguard.internal.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.writguard.engine.Report;
import org.writguard.facts.CaseFile;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.memo.HtmlMemo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15: the pages in a real browser, Chromium headless from the OS packages (.ci/run installs them). Skipped, and
 * said so, when Chromium or its driver is missing. It does what a person does: opens a page, loads an example, reads
 * F13 with its table row and the timeline, uploads a broken table and finds the cell; and checks that HTML from a case
 * or a workbook cell is shown as text and never runs. Screenshots go to target/screenshots/.
 */
class WorkbenchBrowserTest {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Workbench server;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        String browser = BROWSERS.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        String chromedriver = DRIVERS.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        if (browser == null || chromedriver == null) {
            System.out.println("WorkbenchBrowserTest: SKIPPED, no Chromium and chromedriver here (install Debian's chromium and"
                    + " chromium-driver; .ci/run does)");
        }
        assumeTrue(browser != null && chromedriver != null, "Chromium or chromedriver missing: browser tests skipped");
        // The default way to serve: loopback, no token.
        server = Workbench.start(new Workbench.Options("127.0.0.1", 0, Path.of("decision-tables"), Path.of("rules"), Path.of("."),
                null, Duration.ofSeconds(30), Duration.ofSeconds(2)));
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(browser);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1100",
                "--no-first-run", "--disable-extensions", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    private static WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(60)); }

    private static void shot(String name) throws Exception {
        shot(name, 6000);
    }

    private static void shot(String name, int maxHeight) throws Exception {
        // The whole page (up to maxHeight): grow the window to the document's height first.
        Object h = ((JavascriptExecutor) driver).executeScript("return Math.max(document.body.scrollHeight, 900);");
        driver.manage().window().setSize(new Dimension(1400, Math.min(maxHeight, ((Number) h).intValue() + 40)));
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1400, 1100));
    }

    private static void noAlertAndNothingRan() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert opened");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;"),
                "injected script ran");
    }

    @Test
    void anAnalystLoadsAnExampleAndSeesF13WithItsRowAndTheTimeline() throws Exception {
        driver.get(base + "/");
        String version = server.version();
        assertTrue(driver.findElement(By.id("rulebook-version")).getText().contains(version.substring(0, 12)));
        assertTrue(driver.findElement(By.id("notice")).getText().contains("Not legal advice"));
        waiting().until(d -> d.findElements(By.cssSelector("#example-select option")).size() > 1);
        new Select(driver.findElement(By.id("example-select"))).selectByValue("scenario-01-weekend-detainer-over-hold-ga.yaml");
        driver.findElement(By.id("load-example")).click();
        WebElement f13 = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding[data-code='F13']")));
        assertTrue(f13.getText().contains("Detainer hold longer than 48 hours"), f13.getText());
        // The finding's source row, as the spreadsheet row: column names, the hit policy, the matched conditions.
        WebElement row = f13.findElement(By.cssSelector(".source-row[data-file='decision-tables/detention/hold-limit-policy.drl.xlsx']"));
        assertTrue(row.getText().contains("hit policy PRIORITY"), row.getText());
        assertFalse(row.findElements(By.cssSelector("table.sheet th.CONDITION")).isEmpty(), "no condition column names");
        assertEquals("10", row.findElement(By.cssSelector("td.rownum")).getText());
        assertTrue(row.getText().contains("HLP-DEFAULT"), row.getText());
        // Citations linked where a stable public address exists.
        assertFalse(f13.findElements(By.cssSelector(".citations a[href^='https://www.ecfr.gov/current/title-8/section-287.7']")).isEmpty());
        // The timeline: the hold, the over-hold in red, both limits, the weekend shaded.
        WebElement svg = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg.hold-timeline")));
        assertEquals(1, svg.findElements(By.cssSelector("rect.over-hold")).size());
        assertEquals(2, svg.findElements(By.cssSelector("line.limit")).size());
        assertFalse(svg.findElements(By.cssSelector("rect.weekend")).isEmpty());
        assertTrue(driver.findElement(By.id("findings")).getText().contains("CRITICAL"));
        shot("assess.png");
    }

    @Test
    void theTimelinePageDrawsTheHold() throws Exception {
        driver.get(base + "/timeline");
        waiting().until(d -> d.findElements(By.cssSelector("#example-select option")).size() > 1);
        new Select(driver.findElement(By.id("example-select"))).selectByValue("scenario-01-weekend-detainer-over-hold-ga.yaml");
        driver.findElement(By.id("load-example")).click();
        WebElement svg = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline svg.hold-timeline")));
        assertTrue(svg.getText().contains("eligible for release"), svg.getText());
        assertTrue(svg.getText().contains("hold ended"), svg.getText());
        assertTrue(svg.getSize().getWidth() > 500, "the picture is not drawn at size");
        shot("timeline.png");
    }

    @Test
    void aBrokenTableUploadShowsTheCellAndItsHtmlStaysText() throws Exception {
        driver.get(base + "/tables");
        WebElement grid = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table-view table.sheet")));
        assertTrue(driver.findElement(By.id("table-meta")).getText().contains("hit policy"));
        assertFalse(grid.findElements(By.cssSelector("tbody tr")).isEmpty());
        new Select(driver.findElement(By.id("table-select"))).selectByValue("ModelFunctionMatrix");
        waiting().until(d -> d.findElement(By.id("table-view")).getText().contains("ModelFunctionMatrix"));
        shot("tables.png", 1300);
        new Select(driver.findElement(By.id("table-select"))).selectByValue("HoldLimitPolicy");
        waiting().until(d -> d.findElement(By.id("table-view")).getText().contains("HoldLimitPolicy"));

        String payload = "<img src=x onerror=\"window.__xss=2\">BAD";
        Path upload = Files.createTempFile("broken-", ".drl.xlsx");
        try {
            Files.write(upload, TestWorkbench.brokenPolicyTable(payload));
            driver.findElement(By.id("workbook-file")).sendKeys(upload.toAbsolutePath().toString());
            driver.findElement(By.id("check-workbook")).click();
            WebElement result = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-result[data-status]")));
            assertEquals("ERRORS", result.getAttribute("data-status"));
            WebElement cell = result.findElement(By.cssSelector("td.problem[data-cell='" + TestWorkbench.brokenCell() + "']"));
            assertEquals(payload, cell.getText());
            assertTrue(cell.getAttribute("title").length() > 5, "the cell does not say what is wrong");
            assertTrue(result.findElements(By.tagName("img")).isEmpty(), "the workbook's HTML became markup");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", cell);
            noAlertAndNothingRan();
            shot("tables-upload-error.png");
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @Test
    void htmlInACaseIsShownAsTextAndNeverRuns() throws Exception {
        String yaml = Files.readString(Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml"))
                .replace("name: Example County Sheriff's Office", "name: \"<script>alert(1)</script>\"")
                .replace("hold_id: h-1", "hold_id: \"h1<img src=x onerror='window.__xss=1'>\"");
        driver.get(base + "/");
        WebElement text = driver.findElement(By.id("case-text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", text, yaml);
        driver.findElement(By.id("assess-button")).click();
        WebElement f13 = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding[data-code='F13']")));
        assertTrue(f13.getText().contains("h1<img src=x onerror='window.__xss=1'>"), f13.getText());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg")));
        assertTrue(driver.findElements(By.cssSelector("#results img")).isEmpty(), "case text became markup");
        assertTrue(driver.findElements(By.cssSelector("#results script")).isEmpty());
        noAlertAndNothingRan();

        // A bad value echoed in the error message is text too.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("case-text")),
                yaml.replace("release_trigger: BOND_POSTED", "release_trigger: \"<img src=x onerror='window.__xss=3'>\""));
        driver.findElement(By.id("assess-button")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("holds[0].release_trigger"), error.getText());
        assertTrue(driver.findElements(By.cssSelector("#error img")).isEmpty());
        noAlertAndNothingRan();

        // The HTML memo of the same case, opened in the browser.
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(yaml, "hostile.yaml");
        Report r = server.current().assess(c, "hostile.yaml");
        Path memo = SHOTS.resolve("memo-hostile.html");
        Files.writeString(memo, HtmlMemo.render(r, c, reader.readTree(yaml, "hostile.yaml")));
        driver.get(memo.toAbsolutePath().toUri().toString());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("h1<img src=x onerror='window.__xss=1'>"));
        assertTrue(driver.findElements(By.tagName("img")).isEmpty());
        noAlertAndNothingRan();
    }

    @Test
    void theGuidedFormWritesACaseThatAssesses() throws Exception {
        driver.get(base + "/");
        driver.findElement(By.cssSelector("#guided summary")).click();
        new Select(driver.findElement(By.id("guided-shape"))).selectByValue("hold");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // datetime-local inputs take their value in the page's own format.
        js.executeScript("document.getElementById('g-as_of').value='2026-06-20T12:00';"
                + "document.getElementById('g-release_eligible_at').value='2026-06-12T16:00';"
                + "document.getElementById('g-hold_ended_at').value='2026-06-16T17:00';"
                + "document.getElementById('g-moa_effective_on').value='2025-03-01';");
        driver.findElement(By.id("guided-fill")).click();
        waiting().until(d -> d.findElement(By.id("error")).isDisplayed() || !d.findElements(By.cssSelector("#findings .finding")).isEmpty());
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText()
                + "\n" + driver.findElement(By.id("case-text")).getAttribute("value"));
        String written = driver.findElement(By.id("case-text")).getAttribute("value");
        assertTrue(written.contains("holds:"), written);
        // Times typed in the form are the facility's wall clock (America/New_York in June: -04:00).
        assertTrue(written.contains("release_eligible_at: 2026-06-12T16:00:00-04:00"), written);
        assertFalse(driver.findElements(By.cssSelector("#findings .finding[data-code='F13']")).isEmpty(),
                driver.findElement(By.id("case-text")).getAttribute("value"));
        shot("assess-guided.png");
    }
}
