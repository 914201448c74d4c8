package dev.tlkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Telegram API's site in a real browser, as a person uses it: headless Chromium opens the
 * index from {@code file://}, the search gets {@code requestcall} and Enter, and the page it lands
 * on is phone.requestCall's, with its example and its errors table rendered.
 *
 * <p>It needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them
 * where it may); without them the test is skipped, saying so.
 */
class BrowserSearchTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Selenium looks for DevTools bindings of Chromium's version and warns when it has none; the
   * test speaks WebDriver only. Held here so that the setting is not collected with the logger.
   */
  private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
  }

  @TempDir
  Path profile;

  @Test
  void searchingRequestcallAndPressingEnterOpensPhoneRequestCall() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser test skipped: Chromium is not installed (apt-get install chromium chromium-driver)");
    TelegramSite.site();
    Path index = TelegramSite.OUT.resolve("index.html").toAbsolutePath();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    try {
      browser.get(index.toUri().toString());
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
      search.sendKeys("requestcall");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li a")));
      List<WebElement> results = browser.findElements(By.cssSelector("#results li a"));
      assertTrue(results.get(0).getText().contains("phone.requestCall"), results.get(0).getText());
      search.sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.urlContains("function/phone.requestCall.html"));
      assertEquals("phone.requestCall · Telegram API", browser.getTitle());
      WebElement example = browser.findElement(By.cssSelector("#example pre code.language-java"));
      assertTrue(example.isDisplayed());
      assertTrue(example.getText().startsWith("PhoneRequestCall request = PhoneRequestCall.builder()"),
          example.getText());
      List<WebElement> errors = browser.findElements(By.cssSelector("#errors table.errors tbody tr"));
      assertFalse(errors.isEmpty(), "no errors table");
      assertTrue(errors.get(0).isDisplayed());
      assertTrue(errors.stream().anyMatch(r -> r.getText().contains("CALL_PROTOCOL_FLAGS_INVALID")));
      // A fuzzy query, with letters left out, finds it too.
      WebElement again = browser.findElement(By.id("search"));
      again.sendKeys("phreqcal");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li a")));
      assertTrue(browser.findElements(By.cssSelector("#results li a")).stream()
          .anyMatch(a -> a.getText().contains("phone.requestCall")));
    } finally {
      browser.quit();
    }
  }
}
