package dev.ticketops.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ticketops.support.PortalClient;
import dev.ticketops.support.PortalWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's headless chromium + chromium-driver): a client signs in with a link minted by
 * {@code /ticket portal} in (fake) Slack, sees the ticket list, approves an estimate on the page — and Slack hears of
 * it —, opens a ticket with the form, and is kept out of another client's ticket; staff see the board. Screenshots go
 * to {@code target/screenshots/} (the README's copies in {@code docs/} are updated by hand). Without chromium the class is skipped with one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    PortalWorld w;
    WebDriver driver;
    Path profile;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing (apt-get install -y chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        w = new PortalWorld("http://localhost").withClients();
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (w != null) {
            w.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The link from the chat answer, pointed at this test's server (PUBLIC_URL names no port here). */
    String link(String chatAnswer) {
        Matcher m = PortalClient.LINK.matcher(chatAnswer);
        assertThat(m.find()).as("a sign-in link in the chat answer").isTrue();
        return w.server.url("/portal/login?token=" + m.group(2));
    }

    void screenshot(String name) throws IOException {
        // target/screenshots, never the committed docs/ (copy a new one there by hand when the pages change)
        Path docs = Path.of("target", "screenshots");
        Files.createDirectories(docs);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aClientSignsInApprovesAndOpensATicket_andStaffSeeTheBoard() throws IOException {
        long n = w.estimated(w.alice, PortalWorld.ACME, "Checkout button does nothing");
        long bobs = w.open(w.bob, PortalWorld.BETA, "Beta confidential migration");

        driver.get(link(w.portalAnswer(w.alice, PortalWorld.ACME)));

        assertThat(driver.getCurrentUrl()).endsWith("/portal");
        assertThat(text("h1")).isEqualTo("My tickets");
        assertThat(text("table.tickets")).contains("Checkout button does nothing", "Waiting for your approval", "2–3 hours")
                .doesNotContain("Beta confidential migration");

        driver.findElement(By.linkText("#" + n)).click();
        assertThat(text("h1")).contains("Checkout button does nothing");
        driver.manage().window().setSize(new Dimension(1280, 1300));
        screenshot("portal-client-ticket.png");
        driver.findElement(By.id("confirm")).click();
        driver.findElement(By.id("approve")).click();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.success")));
        assertThat(text(".alert.success")).contains("You approved the estimate");
        assertThat(text(".decided")).startsWith("Approved by alice");
        assertThat(w.slackApi.await("/api/chat.postMessage", 1, c -> "U_STAFF".equals(c.param("channel"))
                && (c.param("text") + c.param("blocks")).contains("@alice approved your estimate"), WAIT)).hasSize(1);

        driver.findElement(By.linkText("New ticket")).click();
        driver.findElement(By.id("title")).sendKeys("Invoice PDF shows the wrong address");
        driver.findElement(By.id("description")).sendKeys("Since the last update the footer shows our old office.");
        driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.success")));
        assertThat(text(".alert.success")).contains("opened");
        assertThat(text("h1")).contains("Invoice PDF shows the wrong address");

        driver.get(w.server.url("/portal/tickets/" + bobs));
        assertThat(text("h1")).isEqualTo("Ticket not found");
        assertThat(driver.getPageSource()).doesNotContain("Beta confidential migration");

        driver.manage().deleteAllCookies();
        driver.get(w.server.url("/portal"));
        assertThat(text("h1")).isEqualTo("Please sign in");

        w.estimated(w.bob, PortalWorld.BETA, "Beta newsletter layout");
        w.say(w.staff, PortalWorld.ACME, "/log", "1h #" + n + " found the handler");
        driver.get(link(w.portalAnswer(w.staff, PortalWorld.ACME)));
        assertThat(text("h1")).isEqualTo("Board");
        assertThat(text("#col-IN_PROGRESS")).contains("In progress");
        assertThat(driver.findElement(By.cssSelector("section.column:has(#col-IN_PROGRESS)")).getText())
                .contains("Checkout button does nothing");
        assertThat(driver.findElement(By.cssSelector("section.column:has(#col-WAITING_FOR_APPROVAL)")).getText())
                .contains("Beta newsletter layout");
        screenshot("portal-staff-board.png");

        driver.findElement(By.linkText("Numbers")).click();
        assertThat(text("h1")).isEqualTo("Numbers");
        var chart = driver.findElement(By.cssSelector("figure.chart svg"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty();
        driver.manage().window().setSize(new Dimension(1280, 1800));
        screenshot("portal-numbers.png");
    }
}
