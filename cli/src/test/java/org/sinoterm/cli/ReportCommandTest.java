package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sinoterm report} on the command line: inputs, options, output and exit codes (the page itself: see
 * {@link ReportBrowserTest} and {@link EntityNestingTest}). */
class ReportCommandTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return TextFiles.write(dir, name, content);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aDirectoryGivesASectionPerDocumentOnStandardOutput() throws IOException {
    write("briefs/a.txt", "Issuing bodies: MIIT; NDRC\n");
    write("briefs/b.md", "国家发展和改革委员会 set a target of CNY 1.3 trillion by 2025.\n");
    write("briefs/skip.pdf", "not text");
    CliRun run = CliRun.run("", "report", dir.resolve("briefs").toString(), "--no-discover-terms");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
    assertTrue(run.out().endsWith("</html>\n"));
    assertEquals(2, count(run.out(), "<section class=\"doc\""));
    assertTrue(run.out().contains("<title>Sinoterm report: 2 documents</title>"));
    assertTrue(run.out().contains("data-type=\"QUANTITY\""));
    assertTrue(run.out().contains("id=\"d2\""));
  }

  @Test
  void typesLimitTheHighlights() throws IOException {
    Path brief = write("brief.txt", "MIIT set a target of CNY 1.3 trillion by 2025.\n");
    CliRun run = CliRun.run("", "report", brief.toString(), "--types", "AGENCY", "-o", dir.resolve("r.html").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    String page = Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("data-type=\"AGENCY\""));
    assertFalse(page.contains("data-type=\"QUANTITY\"") || page.contains("data-type=\"DATE\""));
  }

  @Test
  void standardInputAndCharset() throws IOException {
    CliRun run = CliRun.run("Issuing bodies: 工业和信息化部\n".getBytes(Charset.forName("GB18030")), "report",
        "--charset", "GB18030", "--no-discover-terms");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("<h2>&lt;stdin&gt;</h2>"), run.out());
    assertTrue(run.out().contains(">工业和信息化部</mark>"), run.out());
  }

  @Test
  void failuresHaveTheirExitCodes() throws IOException {
    CliRun missing = CliRun.run("", "report", dir.resolve("nope.txt").toString(), "-o", dir.resolve("r.html").toString());
    assertEquals(ExitCode.INPUT_FAILED, missing.exitCode());
    assertTrue(missing.err().contains("no report written"), missing.err());
    assertFalse(Files.exists(dir.resolve("r.html")));

    Path brief = write("brief.txt", "MIIT\n");
    CliRun partly = CliRun.run("", "report", brief.toString(), dir.resolve("nope.txt").toString());
    assertEquals(ExitCode.INPUT_FAILED, partly.exitCode()); // the page of the others is written
    assertEquals(1, count(partly.out(), "<section class=\"doc\""));

    assertEquals(ExitCode.USAGE, CliRun.run("", "report", "--types", "NOPE", brief.toString()).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.run("", "report", "--date", "2021-13-01", brief.toString()).exitCode());
    CliRun badDictionary = CliRun.run("", "report", "--dictionary", write("d.tsv", "#format\tagency/1\n").toString(),
        brief.toString());
    assertEquals(ExitCode.CONFIGURATION, badDictionary.exitCode(), badDictionary.err());
    assertTrue(badDictionary.err().startsWith("sinoterm: "), badDictionary.err());
    CliRun unwritable = CliRun.run("", "report", brief.toString(), "-o", dir.resolve("no/such/dir/r.html").toString());
    assertEquals(ExitCode.OUTPUT_FAILED, unwritable.exitCode());
  }
}
