package fr.borne.central.fleet;

import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.http.CentralServer;
import fr.borne.demo.Timetables;
import fr.borne.store.Database;
import fr.borne.store.EstablishmentRepository;
import fr.borne.testsupport.Eventually;
import fr.borne.testsupport.TestClock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fleet page in Debian's Chromium, against the real central server on loopback
 * (its {@code --plain-loopback} demo mode): two kiosks report, one falls silent, central's
 * clock moves on, and the open page turns that kiosk stale by itself.
 * Screenshots go to {@code borne.screenshots} (default {@code target/screenshots}).
 */
class FleetBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration WAIT = Eventually.CEILING;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at(Instant.parse("2026-11-23T13:00:00Z"),
            ZoneId.of("Europe/Paris"));
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private Database database;
    private CentralServer server;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (scripts/install-deps.sh)");
        System.setProperty(FleetSettings.REFRESH_EVERY, "PT2S");
        database = CentralDatabase.open(dir.resolve("central.db"));
        CentralServices services = CentralServices.create(database, clock);
        database.write(c -> {
            EstablishmentRepository establishments = new EstablishmentRepository(c);
            establishments.save(Timetables.rouen());
            establishments.save(Timetables.dijon());
            services.kiosks().register(c, "rouen-hall-1", Timetables.ROUEN);
            services.kiosks().register(c, "rouen-hall-2", Timetables.ROUEN);
            services.kiosks().register(c, "dijon-accueil", Timetables.DIJON);
            return null;
        });
        server = new CentralServer(services, Optional.empty(), Set.of("admin"));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        browser = chromium();
    }

    @AfterEach
    void stop() {
        System.clearProperty(FleetSettings.REFRESH_EVERY);
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_kiosk_whose_heartbeats_stop_turns_stale_on_the_open_page() throws IOException {
        heartbeat("rouen-hall-1", "ONLINE", 0, false);
        heartbeat("rouen-hall-2", "PAPER_NEAR_END", 2, false);
        heartbeat("dijon-accueil", "PAPER_OUT", 5, true);

        browser.get(base + "/fleet");
        waitFor("rouen-hall-1", "LIVE");
        assertThat(browser.findElements(By.cssSelector("tbody tr.kiosk"))).hasSize(3);
        assertThat(rowText("rouen-hall-1")).contains("En ligne").contains("Maison d'arrêt de Rouen");
        assertThat(rowText("rouen-hall-2")).contains("En ligne").contains("Papier bientôt épuisé");
        assertThat(rowText("dijon-accueil")).contains("Hors service").contains("Plus de papier");
        assertThat(browser.getPageSource()).doesNotContain("Sans nouvelles</span></span>");

        clock.advance(Duration.ofMinutes(4));
        heartbeat("rouen-hall-2", "PAPER_NEAR_END", 0, false);
        heartbeat("dijon-accueil", "PAPER_OUT", 5, true);

        waitFor("rouen-hall-1", "STALE");
        Row stale = read("rouen-hall-1");
        assertThat(stale.classes()).contains("kiosk--stale");
        assertThat(stale.text()).contains("Sans nouvelles").contains("il y a 4 min")
                .contains("23/11/2026 14:00:00");
        assertThat(stale.staleBadgeShown()).isTrue();
        assertThat(read("rouen-hall-2").liveness()).isEqualTo("LIVE");
        assertThat(browser.getTitle()).isEqualTo("⚠ 1 sans nouvelles · Parc des bornes");

        Path screenshots = Path.of(System.getProperty("borne.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path wide = screenshot(screenshots.resolve("fleet.png"));
        browser.manage().window().setSize(new Dimension(400, 1200));
        Path phone = screenshot(screenshots.resolve("fleet-phone.png"));
        assertThat(Files.size(wide)).isGreaterThan(10_000);
        assertThat(Files.size(phone)).isGreaterThan(10_000);
    }

    private ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=fr-FR", "--window-size=1280,720", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void heartbeat(String kioskId, String printer, int queue, boolean outOfService) throws IOException {
        String body = """
                {"agentVersion":"1.3.0","appVersion":"2.4.1","devices":{"printer":"%s","scanner":"CONNECTED"},
                 "queueDepth":%d,"lastSync":"%s","sentAt":"%s","outOfService":%b}"""
                .formatted(printer, queue, clock.instant(), clock.instant(), outOfService);
        Request request = new Request.Builder().url(base + "/v1/kiosks/" + kioskId + "/heartbeat")
                .header("X-Borne-Kiosk", kioskId).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        }
    }

    /** Waits without reloading: the page must refresh itself. */
    private void waitFor(String kioskId, String liveness) {
        new WebDriverWait(browser, WAIT, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-kiosk='" + kioskId + "']"),
                        "data-liveness", liveness));
    }

    private WebElement row(String kioskId) {
        return browser.findElement(By.cssSelector("tr[data-kiosk='" + kioskId + "']"));
    }

    /** What a row shows, read in one go; the page refreshes itself, so a read cut short by a refresh is done again. */
    private record Row(String classes, String text, String liveness, boolean staleBadgeShown) {
    }

    private Row read(String kioskId) {
        return new WebDriverWait(browser, WAIT, Duration.ofMillis(50)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement row = row(kioskId);
                    List<WebElement> badge = row.findElements(By.cssSelector(".badge--stale svg"));
                    return new Row(row.getAttribute("class"), row.getText(), row.getAttribute("data-liveness"),
                            !badge.isEmpty() && badge.get(0).isDisplayed());
                });
    }

    private String rowText(String kioskId) {
        return read(kioskId).text();
    }

    /** Waits for the next self-refresh to finish, so the picture is not taken halfway through a reload. */
    private Path screenshot(Path file) throws IOException {
        JavascriptExecutor js = browser;
        Object loaded = js.executeScript("return performance.timeOrigin");
        new WebDriverWait(browser, WAIT, Duration.ofMillis(50)).until(driver -> {
            Object now = ((JavascriptExecutor) driver).executeScript(
                    "return document.readyState === 'complete' ? performance.timeOrigin : null");
            return now != null && !now.equals(loaded);
        });
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr.kiosk"));
        assertThat(rows).hasSize(3);
        return file;
    }
}
