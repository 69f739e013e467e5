package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.schema());

  @TempDir
  Path dir;

  /** Parses JSON Lines output and checks every line against the schema. */
  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node = ExtractionJson.MAPPER.readTree(line);
      Set<ValidationMessage> errors = SCHEMA.validate(node);
      assertTrue(errors.isEmpty(), () -> errors + " in " + line);
      documents.add(node);
    }
    return documents;
  }

  private Path write(String name, String content) throws IOException {
    return TextFiles.write(dir, name, content);
  }

  @Test
  void extractsAFileAsOneJsonLine() throws IOException {
    String text = "Issuing bodies: MIIT; NDRC; MOST\nDate: December 28, 2021";
    Path file = write("brief.txt", text);
    CliRun run = CliRun.run("", "extract", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> documents = lines(run.out());
    assertEquals(1, documents.size());
    JsonNode document = documents.get(0);
    assertEquals(file.toString(), document.get("source").asText());
    List<String> keys = new ArrayList<>();
    for (JsonNode entity : document.get("entities")) {
      assertEquals(entity.get("text").asText(),
          text.substring(entity.get("start").asInt(), entity.get("end").asInt()));
      if (entity.get("type").asText().equals("AGENCY")) {
        keys.add(entity.get("normalized").get("key").asText());
      }
    }
    assertEquals(List.of("MIIT", "NDRC", "MOST"), keys);
    assertEquals("e1", document.get("entities").get(0).get("id").asText());
  }

  @Test
  void readsStandardInputWhenNoFileIsGiven() throws IOException {
    CliRun run = CliRun.run("工业和信息化部等十部门关于印发通知", "extract");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode document = lines(run.out()).get(0);
    assertEquals("<stdin>", document.get("source").asText());
    assertEquals("MIIT", document.get("entities").get(0).get("normalized").get("key").asText());
    assertEquals("zh", document.get("entities").get(0).get("lang").asText());
    assertEquals(10, document.get("entities").get(1).get("normalized").get("count").asInt());
  }

  @Test
  void walksADirectoryForTextAndMarkdownFilesInNameOrder() throws IOException {
    write("b/second.md", "**Issuing body:** MOST");
    write("a.txt", "The State Council met.");
    write("b/ignored.pdf", "MIIT");
    CliRun run = CliRun.run("", "extract", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> documents = lines(run.out());
    assertEquals(2, documents.size());
    assertTrue(documents.get(0).get("source").asText().endsWith("a.txt"));
    assertTrue(documents.get(1).get("source").asText().endsWith("second.md"));
  }

  /** The files of a directory are extracted together; each line is the one the file alone gives. */
  @Test
  void filesReadTogetherGiveTheLinesOfOneFileAtATime() throws IOException {
    List<Path> files = List.of(
        write("briefs/1.txt", "Issuing bodies: MIIT; NHC; NDRC\nDate: December 28, 2021\nReview due on March 3."),
        write("briefs/2.txt", "The review is due on March 3."),
        write("briefs/3.md", "工业和信息化部（MIIT）发布《“十四五”机器人产业发展规划》，到2025年收入增长20%。"));
    CliRun together = CliRun.run("", "extract", "--no-discover-terms", dir.resolve("briefs").toString());
    assertEquals(0, together.exitCode(), together.err());
    List<String> lines = together.out().lines().toList();
    assertEquals(files.size(), lines.size());
    for (int i = 0; i < files.size(); i++) {
      CliRun alone = CliRun.run("", "extract", "--no-discover-terms", files.get(i).toString());
      assertEquals(alone.out().strip(), lines.get(i));
    }
  }

  @Test
  void anUnreadableFileIsReportedAndTheOthersAreStillProcessed() throws IOException {
    Path good = write("good.txt", "MIIT and NDRC");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 0x28});
    CliRun run = CliRun.run("", "extract", dir.resolve("missing.txt").toString(), binary.toString(), good.toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertTrue(run.err().contains("missing.txt: cannot read (no such file)"), run.err());
    assertTrue(run.err().contains("binary.txt: not valid UTF-8 text; skipped"), run.err());
    List<JsonNode> documents = lines(run.out());
    assertEquals(1, documents.size());
    assertTrue(documents.get(0).get("source").asText().endsWith("good.txt"));
  }

  @Test
  void aDirectoryWithoutTextFilesIsReported() throws IOException {
    write("only.pdf", "x");
    CliRun run = CliRun.run("", "extract", dir.toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertTrue(run.err().contains("no .txt or .md files"), run.err());
  }

  @Test
  void readsOtherCharsetsWhenAsked() throws IOException {
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, "国务院办公厅".getBytes(java.nio.charset.Charset.forName("GB18030")));
    CliRun run = CliRun.run("", "extract", "--charset", "GB18030", gbk.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("国务院办公厅", lines(run.out()).get(0).get("entities").get(0).get("text").asText());
  }

  @Test
  void writesTsvWithOneRowPerEntity() {
    CliRun run = CliRun.run("The Ministry of Commerce (MOFCOM)\tsaid", "extract", "--format", "tsv");
    assertEquals(0, run.exitCode(), run.err());
    String[] rows = run.out().split("\n");
    assertEquals(ExtractCommand.TSV_HEADER.strip(), rows[0]);
    assertEquals(3, rows.length);
    String[] first = rows[1].split("\t", -1);
    assertEquals(List.of("<stdin>", "e1", "AGENCY", "en", "4", "24", "Ministry of Commerce"),
        List.of(first).subList(0, 7));
    assertTrue(first[7].startsWith("{\"key\":\"MOFCOM\""), first[7]);
    String[] second = rows[2].split("\t", -1);
    assertEquals("ABBREVIATION:e1", second[9]);
  }

  @Test
  void aUserDictionaryAddsBodies() throws IOException {
    Path dictionary = write("mine.tsv", """
        #format\tagency/1
        #version\t1
        #source\tour own list
        #license\tCC0-1.0
        key\tacronyms\ten\tzh
        BJEIB\tBJEIB\tBeijing Municipal Bureau of Economy and Information Technology\t北京市经济和信息化局
        """);
    CliRun run = CliRun.run("BJEIB said", "extract", "--dictionary", dictionary.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("BJEIB", lines(run.out()).get(0).get("entities").get(0).get("normalized").get("key").asText());
  }

  @Test
  void aMalformedDictionaryFailsWithItsFileAndLine() throws IOException {
    Path dictionary = write("bad.tsv", "#format\tagency/1\n#version\t1\n#source\tx\n#license\tx\nkey\ten\nA\n");
    CliRun run = CliRun.run("MIIT", "extract", "--dictionary", dictionary.toString());
    assertEquals(ExitCode.CONFIGURATION, run.exitCode());
    assertEquals("sinoterm: " + dictionary + ":6: expected 2 fields (key, en), found 1\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingDictionaryIsAUsageError() {
    CliRun run = CliRun.run("MIIT", "extract", "--dictionary", dir.resolve("nope.tsv").toString());
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("addDictionary: not a file"), run.err());
  }

  @Test
  void anUnknownTypeIsAUsageErrorThatListsTheTypes() {
    CliRun run = CliRun.run("MIIT", "extract", "--types", "AGENCY,PLANET");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("PLANET") && run.err().contains("AGENCY"), run.err());
  }

  /** The JSON contract of a quantity: exact decimal strings, never JSON numbers or exponents. */
  @Test
  void quantitiesAreWrittenAsExactDecimalStrings() throws IOException {
    CliRun run = CliRun.run("Output of CNY 1.3 trillion; six to eight firms; over 492 robots per 10,000 employees; "
        + "exports rose 22.5 percent year-on-year; 约0.5%", "extract", "--types", "QUANTITY");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode entities = lines(run.out()).get(0).get("entities");
    assertEquals("{\"value\":\"1300000000000\",\"unit\":\"CNY\"}", entities.get(0).get("normalized").toString());
    assertEquals("{\"min\":\"6\",\"max\":\"8\",\"unit\":\"firm\"}", entities.get(1).get("normalized").toString());
    assertEquals("{\"value\":\"492\",\"unit\":\"robot\",\"bound\":\"gt\",\"per\":{\"value\":\"10000\",\"unit\":"
        + "\"employee\"}}", entities.get(2).get("normalized").toString());
    assertEquals("{\"value\":\"22.5\",\"unit\":\"percent\",\"change\":\"increase\",\"yearOnYear\":true}",
        entities.get(3).get("normalized").toString());
    assertEquals("{\"value\":\"0.5\",\"unit\":\"percent\",\"approx\":true}", entities.get(4).get("normalized").toString());
    assertTrue(run.out().contains("\"value\":\"1300000000000\""), run.out());
  }

  @Test
  void theDateOptionGivesDatesWithoutAYearTheirYear() throws IOException {
    String text = "On December 28 the plan was out; in the first half of 2021 and 2021年12月28日.";
    JsonNode without = lines(CliRun.run(text, "extract", "--types", "DATE").out()).get(0).get("entities");
    assertEquals("{\"value\":\"--12-28\"}", without.get(0).get("normalized").toString());
    CliRun run = CliRun.run(text, "extract", "--types", "DATE", "--date", "2022-01-05");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode entities = lines(run.out()).get(0).get("entities");
    assertEquals("{\"value\":\"2021-12-28\"}", entities.get(0).get("normalized").toString());
    assertEquals("{\"value\":\"2021-H1\"}", entities.get(1).get("normalized").toString());
    assertEquals("{\"value\":\"2021-12-28\"}", entities.get(2).get("normalized").toString());
  }

  @Test
  void aBadDateIsAUsageError() {
    CliRun run = CliRun.run("MIIT", "extract", "--date", "2022-13-01");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("--date"), run.err());
  }

  @Test
  void typesAreCaseInsensitive() throws IOException {
    CliRun run = CliRun.run("MIIT", "extract", "--types", "agency");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, lines(run.out()).get(0).get("entities").size());
  }

  @Test
  void discoversTermsByDefaultAndNotWhenTurnedOff() throws IOException {
    String text = "The plan backs flexible perovskite modules and ECMO machines. Centralized volume-based "
        + "procurement cuts prices; centralized volume-based procurement covers stents.";
    Path file = write("terms.txt", text);
    JsonNode on = lines(CliRun.run("", "extract", file.toString()).out()).get(0);
    List<String> found = new ArrayList<>();
    for (JsonNode entity : on.get("entities")) {
      found.add(entity.get("type").asText() + ":" + entity.get("text").asText()
          + (entity.get("normalized").has("key") ? "=" + entity.get("normalized").get("key").asText() : ""));
    }
    assertTrue(found.contains("TECHNOLOGY:flexible perovskite modules"), found::toString);
    assertTrue(found.contains("TECHNOLOGY:ECMO=ECMO"), found::toString);
    assertTrue(found.contains("TERM:Centralized volume-based procurement"), found::toString);
    JsonNode off = lines(CliRun.run("", "extract", "--no-discover-terms", file.toString()).out()).get(0);
    List<String> withoutDiscovery = new ArrayList<>();
    off.get("entities").forEach(entity -> withoutDiscovery.add(entity.get("text").asText()));
    assertEquals(List.of("ECMO", "stents"), withoutDiscovery);
  }

  @Test
  void discoveryNeedsATypeItCanReport() {
    CliRun run = CliRun.run("MIIT", "extract", "--types", "AGENCY", "--discover-terms");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--discover-terms finds TERM and TECHNOLOGY entities"), run.err());
    assertEquals(0, CliRun.run("MIIT", "extract", "--types", "AGENCY").exitCode());
  }
}
