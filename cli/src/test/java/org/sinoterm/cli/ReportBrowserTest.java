package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Span;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.glossary.Glossary;

/**
 * The report page in a real browser: Debian's headless Chromium through its chromedriver (packages {@code chromium}
 * and {@code chromium-driver}; {@code scripts/test.sh} installs them). The page is written by {@code sinoterm
 * report} for passages written for this test, plus a hand-made extraction with crossing entities, loaded from a
 * {@code file://} URL and checked in the DOM; a screenshot is saved to {@code target/report-screenshot.png}.
 *
 * <p>Without Chromium the test fails and says what to install: a browser test that skips silently tests nothing.
 */
class ReportBrowserTest {

  /** The browser and its driver; other paths with {@code -Dsinoterm.chromium=…}, {@code -Dsinoterm.chromedriver=…}. */
  private static final Path CHROMIUM = Path.of(System.getProperty("sinoterm.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("sinoterm.chromedriver", "/usr/bin/chromedriver"));

  /** Passages written for this test (titles, bodies, dates and figures are facts). */
  private static final String BRIEF = """
      Article: 14th Five-Year Plan for the Robotics Industry (十五部门关于印发《“十四五”机器人产业发展规划》的通知)
      Issuing bodies: MIIT; NDRC; MOST
      Date: December 28, 2021

      The plan, drafted mainly by the Ministry of Industry and Information Technology (MIIT), wants robot density
      to double by 2025 and the revenue of the sector to grow by over 20 percent a year.
      """;
  private static final String NOTICE = """
      工业和信息化部等十部门印发《“十四五”医疗装备产业发展规划》，提出到2025年医疗装备产业规模超过1.3万亿元。
      """;

  @TempDir
  static Path dir;
  private static Path page;
  private static String html;
  private static ChromeDriver driver;
  private static JsonNode data;

  @BeforeAll
  static void openTheReport() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the report's browser test needs Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER + "): install "
          + "them with 'apt-get install chromium chromium-driver', or run scripts/test.sh, which does");
    }
    Path brief = dir.resolve("robotics-brief.txt");
    Files.writeString(brief, BRIEF, StandardCharsets.UTF_8);
    Path notice = dir.resolve("medical-notice.txt");
    Files.writeString(notice, NOTICE, StandardCharsets.UTF_8);
    Path crossing = dir.resolve("crossing.html");
    page = dir.resolve("report.html");

    // The command writes the page of two documents; a third, hand-made, has entities that cross.
    CliRun run = CliRun.run("", "report", brief.toString(), notice.toString(), "--date", "2022-01-05", "-o",
        page.toString());
    assertEquals(0, run.exitCode(), run.err());
    String text = "Standards for industrial internet platform security were issued.";
    int platform = text.indexOf("platform");
    List<Entity> entities = List.of(
        new Entity(EntityType.TECHNOLOGY, Span.of(text.indexOf("industrial"), platform + 8),
            "industrial internet platform", Entity.EN,
            new TechnologyRef(null, "industrial internet platform", null, null, null), 0.6),
        new Entity(EntityType.TERM, Span.of(platform, text.indexOf(" were")), "platform security", Entity.EN,
            new TermRef("platform security", null, 3.0), 0.5));
    Extraction handMade = new Extraction(text, entities, List.of());
    Files.writeString(crossing, ReportPage.render(List.of(new ReportPage.Document("crossing.txt", handMade,
        Glossary.of("crossing.txt", handMade))), "sinoterm test"), StandardCharsets.UTF_8);
    html = Files.readString(page, StandardCharsets.UTF_8);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // The driver is given by path, so Selenium Manager never looks for one on the network.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.get(crossing.toUri().toString());
    crossingData = data();
    crossingFragments = fragmentTexts("d1-e2");
    driver.get(page.toUri().toString());
    data = data();
  }

  private static JsonNode crossingData;
  private static List<String> crossingFragments;

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static JsonNode data() {
    try {
      return ExtractionJson.MAPPER.readTree((String) js("return document.getElementById('sinoterm-data').textContent"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fragmentTexts(String id) {
    return (List<String>) js("return Array.from(document.querySelectorAll('main mark.ent[data-id=\"' + arguments[0] "
        + "+ '\"]')).map(m => m.textContent)", id);
  }

  private static List<WebElement> fragments(String id) {
    return driver.findElements(By.cssSelector("main mark.ent[data-id='" + id + "']"));
  }

  private static JsonNode entity(String type, String text) {
    for (JsonNode doc : data.get("documents")) {
      for (JsonNode e : doc.get("entities")) {
        if (e.get("type").asText().equals(type) && e.get("text").asText().equals(text)) {
          return e;
        }
      }
    }
    throw new AssertionError("no " + type + " '" + text + "' in the page's data");
  }

  @Test
  void everyEntityIsHighlightedWithItsTextAndType() {
    int checked = 0;
    for (JsonNode doc : data.get("documents")) {
      for (JsonNode e : doc.get("entities")) {
        String id = e.get("id").asText();
        List<WebElement> marks = fragments(id);
        assertFalse(marks.isEmpty(), "no highlight for " + e);
        for (WebElement mark : marks) {
          assertEquals(e.get("type").asText(), mark.getAttribute("data-type"), id);
          assertTrue(mark.getAttribute("class").contains("t-" + e.get("type").asText()), id);
        }
        assertEquals(e.get("text").asText(), String.join("", fragmentTexts(id)), id);
        checked++;
      }
    }
    assertTrue(checked >= 15, "entities checked: " + checked);
    // The page shows the text whole, line breaks included, in document order.
    String shown = (String) js("return document.querySelector('#d1 .text').textContent");
    assertEquals(BRIEF, shown);
    assertEquals("pre-wrap", js("return getComputedStyle(document.querySelector('#d1 .text')).whiteSpace"));
  }

  @Test
  void bodiesNestInsideTitlesAndCrossingEntitiesShareTheirId() {
    // 十五部门 is an AGENCY inside the Chinese POLICY_TITLE; 工业和信息化部 inside a title of the notice is not
    // required, but the collective issuer is.
    assertFalse(driver.findElements(By.cssSelector("main mark.t-POLICY_TITLE mark.t-AGENCY")).isEmpty());
    JsonNode issuer = entity("AGENCY", "十五部门");
    WebElement mark = fragments(issuer.get("id").asText()).get(0);
    assertEquals("POLICY_TITLE", js("return arguments[0].parentElement.closest('mark.ent').dataset.type", mark));
    // The hand-made page: the TERM crosses the TECHNOLOGY, so it is two fragments that join to its text.
    assertEquals(List.of("platform", " security"), crossingFragments);
    assertEquals("platform security", crossingData.get("documents").get(0).get("entities").get(1).get("text").asText());
  }

  @Test
  void clickingTheChineseTitleHighlightsItsEnglishRendering() {
    JsonNode zh = entity("POLICY_TITLE", "十五部门关于印发《“十四五”机器人产业发展规划》的通知");
    JsonNode en = entity("POLICY_TITLE", "14th Five-Year Plan for the Robotics Industry");
    // A click on the title's own fragment, not on the body nested at its start.
    WebElement title = fragments(zh.get("id").asText()).get(0);
    js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", title);
    for (WebElement fragment : fragments(zh.get("id").asText())) {
      assertTrue(fragment.getAttribute("class").contains("sel"), fragment.getAttribute("class"));
    }
    for (WebElement fragment : fragments(en.get("id").asText())) {
      assertTrue(fragment.getAttribute("class").contains("linked"), fragment.getAttribute("class"));
    }
    String panel = driver.findElement(By.id("panel")).getText();
    assertTrue(panel.contains("POLICY_TITLE (zh)"), panel);
    assertTrue(panel.contains("TRANSLATION"), panel);
    assertTrue(panel.contains("14th Five-Year Plan for the Robotics Industry"), panel);
    assertTrue(panel.contains("fyp") && panel.contains("14"), panel);
    assertTrue(panel.contains("period") && panel.contains("2021") && panel.contains("2025"), panel); // nested fields
  }

  @Test
  void aLinkToAnEntitySelectsIt() {
    JsonNode date = entity("DATE", "December 28, 2021");
    driver.get(page.toUri() + "#" + date.get("id").asText());
    assertTrue(fragments(date.get("id").asText()).get(0).getAttribute("class").contains("sel"));
    assertTrue(driver.findElement(By.id("panel")).getText().contains("value 2021-12-28"),
        driver.findElement(By.id("panel")).getText());
  }

  @Test
  void thePanelShowsTheNormalizedValue() {
    JsonNode miit = entity("AGENCY", "Ministry of Industry and Information Technology");
    fragments(miit.get("id").asText()).get(0).click();
    String panel = driver.findElement(By.id("panel")).getText();
    assertTrue(panel.contains("AGENCY (en)"), panel);
    assertTrue(panel.contains("key MIIT"), panel);
    assertTrue(panel.contains("zh 工业和信息化部"), panel);
    assertTrue(panel.contains("confidence"), panel);
    // Its abbreviation MIIT is linked to it, and highlighted with it.
    JsonNode acronym = entity("AGENCY", "MIIT");
    boolean anyLinked = false;
    for (JsonNode doc : data.get("documents")) {
      for (JsonNode link : doc.get("links")) {
        if (link.get("type").asText().equals("ABBREVIATION") && link.get("to").equals(miit.get("id"))) {
          anyLinked = true;
          String cls = fragments(link.get("from").asText()).get(0).getAttribute("class");
          assertTrue(cls.contains("linked"), cls);
        }
      }
    }
    assertTrue(anyLinked, "no ABBREVIATION link to " + miit + " (acronym " + acronym + ")");
  }

  @Test
  void theLegendHidesAType() {
    WebElement date = fragments(entity("DATE", "December 28, 2021").get("id").asText()).get(0);
    WebElement agency = fragments(entity("AGENCY", "NDRC").get("id").asText()).get(0);
    String transparent = "rgba(0, 0, 0, 0)";
    assertNotEquals("none", date.getCssValue("background-image")); // a DATE is hatched
    assertNotEquals(transparent, agency.getCssValue("background-color"));
    WebElement toggle = driver.findElement(By.id("show-AGENCY"));
    toggle.click();
    try {
      assertEquals(transparent, agency.getCssValue("background-color"));
      assertEquals(transparent, agency.getCssValue("border-bottom-color"));
      assertEquals("none", js("return getComputedStyle(arguments[0], '::before').content", agency));
      assertNotEquals("none", date.getCssValue("background-image")); // other types stay
      assertEquals("NDRC", agency.getText()); // the text stays
    } finally {
      toggle.click();
    }
    assertNotEquals(transparent, agency.getCssValue("background-color"));
  }

  @Test
  void theGlossaryTableHasTheDocumentsTerms() {
    List<String> rows = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#d1 table.glossary tbody tr"))) {
      rows.add(row.getText());
    }
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("AGENCY Ministry of Industry and Information Technology; MIIT "
        + "工业和信息化部 MIIT")), String.join("\n", rows));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("POLICY_TITLE 14th Five-Year Plan for the Robotics Industry")
        && r.contains("机器人产业发展规划")), String.join("\n", rows));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("AGENCY National Development and Reform Commission; NDRC")),
        String.join("\n", rows));
    assertFalse(driver.findElements(By.cssSelector("#d2 table.glossary tbody tr")).isEmpty());
  }

  @Test
  void nothingLeavesThePageAndTheConsoleIsClean() throws IOException {
    assertFalse(html.contains("http:") || html.contains("https:") || html.contains("src=")
        || html.contains("@import") || html.contains("url("), "an external reference in the page");
    assertEquals(0L, js("return performance.getEntriesByType('resource').length"));
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), errors);
    // The screenshot: look at it when the page changes.
    JsonNode zh = entity("POLICY_TITLE", "十五部门关于印发《“十四五”机器人产业发展规划》的通知");
    js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", fragments(zh.get("id").asText()).get(0));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "report-screenshot.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(target) > 10_000);
  }
}
