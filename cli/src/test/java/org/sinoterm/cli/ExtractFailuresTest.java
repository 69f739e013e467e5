package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's failures, each with its message and exit code (the table in the README): missing inputs, a directory
 * without text files, binary files, an output file that cannot be written, a closed standard output. No failure
 * leaves a partial output file.
 */
class ExtractFailuresTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return TextFiles.write(dir, name, content);
  }

  private List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingFileIsReportedAndTheOthersAreProcessed() throws IOException {
    Path good = write("good.txt", "MIIT");
    CliRun run = CliRun.run("", "extract", "--no-discover-terms", dir.resolve("nope.txt").toString(),
        good.toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertEquals("sinoterm: " + dir.resolve("nope.txt") + ": cannot read (no such file)\n", run.err());
    assertEquals(1, SchemaCheck.lines(run.out()).size());
  }

  @Test
  void aDirectoryWithoutTextFilesIsReported() throws IOException {
    write("notes/scan.pdf", "%PDF");
    CliRun run = CliRun.run("", "extract", "--no-discover-terms", dir.resolve("notes").toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertEquals("sinoterm: " + dir.resolve("notes") + ": no .txt or .md files in this directory\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aBinaryFileIsSkippedWithAWarning() throws IOException {
    Path binary = dir.resolve("docs/image.txt");
    Files.createDirectories(binary.getParent());
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}); // not UTF-8
    Path nul = dir.resolve("docs/records.txt");
    Files.write(nul, new byte[] {'M', 'I', 'I', 'T', 0, 0, 0, 1, 'x'}); // valid UTF-8, but NUL bytes
    write("docs/brief.txt", "Issuing bodies: MIIT; NDRC");
    CliRun run = CliRun.run("", "extract", "--no-discover-terms", dir.resolve("docs").toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertTrue(run.err().contains("image.txt: not valid UTF-8 text; skipped"), run.err());
    assertTrue(run.err().contains("sinoterm: warning: " + nul + ": a binary file (it contains NUL characters); "
        + "skipped"), run.err());
    List<com.fasterxml.jackson.databind.JsonNode> documents = SchemaCheck.lines(run.out());
    assertEquals(1, documents.size());
    assertTrue(documents.get(0).get("source").asText().endsWith("brief.txt"));
  }

  @Test
  void anOutputFileIsWrittenWhole() throws IOException {
    Path brief = write("brief.txt", "Issuing bodies: MIIT; NDRC");
    Path output = dir.resolve("out.jsonl");
    CliRun run = CliRun.run("", "extract", "--no-discover-terms", "-o", output.toString(), brief.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(2, SchemaCheck.lines(Files.readString(output)).get(0).get("entities").size());
    assertEquals(List.of("brief.txt", "out.jsonl"), names(dir));
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAnOutputFailureAndLeavesNothing() throws IOException {
    Path brief = write("brief.txt", "MIIT");
    for (Path output : List.of(dir.resolve("missing/out.jsonl"), brief.resolve("out.jsonl"), dir)) {
      CliRun run = CliRun.run("", "extract", "--no-discover-terms", "--output", output.toString(),
          brief.toString());
      assertEquals(ExitCode.OUTPUT_FAILED, run.exitCode(), output::toString);
      assertTrue(run.err().startsWith("sinoterm: " + output + ": cannot write"), run.err());
      assertEquals(List.of("brief.txt"), names(dir));
    }
  }

  @Test
  void aFailedRunKeepsAnEarlierOutputFile() throws IOException {
    Path output = write("out.jsonl", "earlier\n");
    Path bad = write("bad.tsv", "#format\tagency/1\n#version\t1\n#source\tx\n#license\tx\nkey\ten\nA\n");
    CliRun run = CliRun.run("MIIT", "extract", "--dictionary", bad.toString(), "-o", output.toString());
    assertEquals(ExitCode.CONFIGURATION, run.exitCode());
    assertEquals("earlier\n", Files.readString(output));
  }

  /** Found by fuzzing: a bad charset or date named a Java exception; now the message says what is wrong. */
  @Test
  void aBadCharsetOrDateIsAUsageErrorInWords() {
    CliRun charset = CliRun.run("MIIT", "extract", "--charset", "/tmp/UTF9");
    assertEquals(ExitCode.USAGE, charset.exitCode());
    assertTrue(charset.err().startsWith("Invalid value for option '--charset': unknown charset '/tmp/UTF9' (for "
        + "example UTF-8, GB18030"), charset.err());
    CliRun date = CliRun.run("MIIT", "extract", "--date", "2022-13-01");
    assertEquals(ExitCode.USAGE, date.exitCode());
    assertTrue(date.err().startsWith("Invalid value for option '--date': '2022-13-01' is not a date written "
        + "YYYY-MM-DD"), date.err());
    assertFalse(charset.err().contains("Exception") || date.err().contains("Exception"));
  }

  /**
   * {@code sinoterm extract … | head -1} in a real process: once the reader has gone, the next write fails with
   * a broken pipe, and the command stops with exit code 5 and says why, instead of running on or printing a stack
   * trace.
   */
  @Test
  void aClosedPipeStopsTheCommandWithItsExitCode() throws Exception {
    for (int i = 0; i < 300; i++) {
      write(String.format(java.util.Locale.ROOT, "docs/%03d.txt", i), "Issuing bodies: MIIT; NDRC; MOST " + i);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        SinotermCli.class.getName(), "extract", "--types", "AGENCY", "--no-discover-terms",
        dir.resolve("docs").toString()).start();
    String first;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      first = out.readLine();
    } // like head: the reader closes the pipe after one line
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command did not stop");
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(first.startsWith("{\"source\""), first);
    assertEquals(ExitCode.OUTPUT_CLOSED, process.exitValue(), err);
    assertTrue(err.contains("sinoterm: standard output was closed before all output was written"), err);
    assertFalse(err.contains("\tat "), err);
  }
}
