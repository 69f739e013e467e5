package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sinoterm align}: two shuffled lists matched one to one, and {@code --check} on glossaries. */
class AlignCommandTest {

  /** Real policy titles and agency names (facts) with renderings written for this test. */
  private static final String[][] GOLDEN = {
      {"中华人民共和国个人信息保护法", "Personal Information Protection Law"},
      {"中华人民共和国数据安全法", "Data Security Law of the People's Republic of China"},
      {"十五部门关于印发《“十四五”机器人产业发展规划》的通知", "14th Five-Year Plan for the Robotics Industry"},
      {"十部门关于印发《“十四五”医疗装备产业发展规划》的通知", "14th Five-Year Plan for Medical Equipment"},
      {"国务院关于印发《中国制造2025》的通知", "Made in China 2025"},
      {"工业互联网创新发展行动计划（2021-2023年）", "Industrial Internet Innovation and Development Action Plan (2021-2023)"},
      {"工业和信息化部", "Ministry of Industry and Information Technology"},
      {"国家发展和改革委员会", "National Development and Reform Commission"},
      {"国家市场监督管理总局", "State Administration for Market Regulation"},
      {"国家药品监督管理局", "National Medical Products Administration"},
      {"商务部", "Ministry of Commerce"},
      {"科学技术部", "Ministry of Science and Technology"},
  };

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content, StandardCharsets.UTF_8);
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, charset);
    return file;
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(ExtractionJson.MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void shuffledGoldenListsMatchOneToOne() throws IOException {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Map<String, String> truth = new HashMap<>();
    for (String[] pair : GOLDEN) {
      zh.add(pair[0]);
      en.add(pair[1]);
      truth.put(pair[0], pair[1]);
    }
    Collections.shuffle(zh, new Random(3));
    Collections.shuffle(en, new Random(4));
    CliRun run = CliRun.run("", "align", "--format", "jsonl", write("zh.txt", String.join("\n", zh)).toString(),
        write("en.txt", String.join("\n", en)).toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> lines = jsonLines(run.out());
    assertEquals(GOLDEN.length, lines.size(), run.out());
    for (JsonNode line : lines) {
      assertEquals(truth.get(line.get("zh").asText()), line.get("en").asText(), line.toString());
      assertEquals(zh.indexOf(line.get("zh").asText()) + 1, line.get("zhLine").asInt());
      assertEquals(en.indexOf(line.get("en").asText()) + 1, line.get("enLine").asInt());
    }
  }

  @Test
  void unmatchedBlankAndRepeatedLines() throws IOException {
    Path zh = write("zh.txt", "国家市场监督管理总局\n\n   \n交通强国建设纲要\n中华人民共和国个人信息保护法\n国家市场监督管理总局\n");
    Path en = write("en.txt", "Export Control Law\r\nPersonal Information Protection Law\r\n"
        + "  State Administration for Market Regulation  \r\n");
    CliRun run = CliRun.run("", "align", zh.toString(), en.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("zh.txt:6: repeats line 1; matched once"), run.err());
    String[] table = run.out().split("\n");
    assertTrue(table[0].startsWith("score  Chinese"), run.out());
    assertTrue(run.out().contains("unmatched Chinese (no English scores 0.35 or more):\n  " + zh + ":4  交通强国建设纲要\n"),
        run.out());
    assertTrue(run.out().contains("unmatched English (no Chinese scores 0.35 or more):\n  " + en + ":1  Export Control Law\n"),
        run.out());
    assertTrue(run.out().endsWith("2 pairs; 1 of 3 Chinese and 1 of 3 English items unmatched (threshold 0.35)\n"),
        run.out());
    // The Chinese column is padded to the same display width: the English column starts at one place on screen.
    int column = -1;
    for (int i = 1; i <= 2; i++) {
      String english = table[i].contains("Personal") ? "Personal" : "State";
      int at = AlignCommand.displayWidth(table[i].substring(0, table[i].indexOf(english)));
      assertTrue(column < 0 || column == at, run.out());
      column = at;
    }
  }

  @Test
  void thresholdDecidesWhatIsMatched() throws IOException {
    Path zh = write("zh.txt", "十部门关于印发《“十四五”医疗装备产业发展规划》的通知\n个人信息保护法\n");
    Path en = write("en.txt", "14th Five-Year Plan for Medical Equipment\nPersonal Information Protection Law\n");
    List<JsonNode> loose = jsonLines(CliRun.run("", "align", "--format", "jsonl", zh.toString(), en.toString()).out());
    assertEquals(2, loose.stream().filter(n -> !n.get("en").isNull() && !n.get("zh").isNull()).count());
    double medical = loose.stream().filter(n -> n.get("zh").asText().contains("医疗")).findFirst().orElseThrow()
        .get("score").asDouble();
    CliRun strict = CliRun.run("", "align", "--format", "jsonl", "--threshold", Double.toString(medical + 0.001),
        zh.toString(), en.toString());
    List<JsonNode> lines = jsonLines(strict.out());
    assertEquals(1, lines.stream().filter(n -> !n.get("en").isNull() && !n.get("zh").isNull()).count(), strict.out());
    assertEquals(1, lines.stream().filter(n -> n.get("en").isNull()).count(), strict.out());
    assertEquals(1, lines.stream().filter(n -> n.get("zh").isNull()).count(), strict.out());

    CliRun bad = CliRun.run("", "align", "--threshold", "1.5", zh.toString(), en.toString());
    assertEquals(ExitCode.USAGE, bad.exitCode());
    assertTrue(bad.err().contains("--threshold must be in [0, 1]"), bad.err());
  }

  /** Every line has the four fields of the issue, typed; pairs have both sides, unmatched lines one. */
  @Test
  void jsonLinesHaveOneShape() throws IOException {
    Path zh = write("zh.txt", "工业和信息化部\n交通强国建设纲要\n");
    Path en = write("en.txt", "Ministry of Industry and Information Technology\nExport Control Law\n");
    List<JsonNode> lines = jsonLines(CliRun.run("", "align", "--format", "jsonl", zh.toString(), en.toString()).out());
    assertEquals(3, lines.size());
    for (JsonNode line : lines) {
      Set<String> fields = new TreeSet<>();
      line.fieldNames().forEachRemaining(fields::add);
      assertTrue(fields.containsAll(List.of("zh", "en", "score", "explanation")), line.toString());
      assertTrue(Set.of("zh", "en", "score", "explanation", "zhLine", "enLine").containsAll(fields), line.toString());
      assertTrue(line.get("explanation").isTextual() && !line.get("explanation").asText().contains("\n"));
      boolean pair = !line.get("zh").isNull() && !line.get("en").isNull();
      assertEquals(pair, line.get("score").isNumber(), line.toString());
      assertTrue(pair || line.get("score").isNull());
      assertTrue(line.get("zh").isNull() || line.get("zh").isTextual());
      assertTrue(line.get("en").isNull() || line.get("en").isTextual());
    }
    JsonNode pair = lines.get(0);
    assertEquals("工业和信息化部=Ministry Industry Information Technology (AGENCY)", pair.get("explanation").asText());
  }

  @Test
  void explainPrintsTheWordPairs() throws IOException {
    Path zh = write("zh.txt", "十部门关于印发《“十四五”医疗装备产业发展规划》的通知\n");
    Path en = write("en.txt", "14th Five-Year Plan for Medical Equipment\n");
    CliRun run = CliRun.run("", "align", "--explain", zh.toString(), en.toString());
    assertTrue(run.out().contains("       医疗装备 ↔ Medical Equipment  VOCABULARY 1.00\n"), run.out());
    assertTrue(run.out().contains("       score 0.756 = zh "), run.out());
  }

  @Test
  void checkFlagsASwapAndAWrongPair() throws IOException {
    Path glossary = write("glossary.csv", """
        English,Chinese (PRC),Note
        Ministry of Industry and Information Technology,工业和信息化部,
        Data Security Law,个人信息保护法,
        Personal Information Protection Law,数据安全法,
        "State Administration for Market Regulation",国家市场监督管理总局,"quoted, with a comma"
        National Development and Reform Commission,科学技术部,
        Cybersecurity Law,网络安全法,
        industrial internet,工业互联网,
        """);
    CliRun run = CliRun.run("", "align", "--check", glossary.toString(), "--format", "jsonl");
    assertEquals(ExitCode.FLAGGED, run.exitCode(), run.err());
    Map<Integer, String> flags = new HashMap<>();
    for (JsonNode line : jsonLines(run.out())) {
      flags.put(line.get("line").asInt(), line.get("flag").isNull() ? "ok" : line.get("flag").asText());
      if (line.get("line").asInt() == 3) {
        assertEquals(4, line.get("better").get("line").asInt());
        assertEquals("Personal Information Protection Law", line.get("better").get("en").asText());
      }
    }
    assertEquals(Map.of(2, "ok", 3, "likely-swap", 4, "likely-swap", 5, "ok", 6, "low-score", 7, "ok", 8, "ok"),
        flags);
    CliRun table = CliRun.run("", "align", "--check", glossary.toString());
    assertEquals(ExitCode.FLAGGED, table.exitCode());
    assertTrue(table.out().contains("the Chinese fits the English of line 4 better"), table.out());
    assertTrue(table.out().endsWith("3 of 7 rows flagged (threshold 0.35)\n"), table.out());
  }

  @Test
  void aCleanGlossaryExitsZero() throws IOException {
    // Tab-separated, Phrase-style locale columns in the other order, synonyms on two rows, a BOM.
    Path glossary = write("clean.tsv", "\uFEFFzh_cn\ten\tdefinition\n工业和信息化部\tMIIT\t\n工业和信息化部\t"
        + "Ministry of Industry and Information Technology\t\n数据安全法\tData Security Law\t\n");
    CliRun run = CliRun.run("", "align", "--check", glossary.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().endsWith("0 of 3 rows flagged (threshold 0.35)\n"), run.out());
  }

  /** The CSV that {@code sinoterm glossary} writes is a glossary {@code --check} reads. */
  @Test
  void checksTheCsvOfSinotermGlossary() throws IOException {
    Path brief = write("brief.txt", "Issuing bodies: MIIT; NDRC\nThe Ministry of Commerce (商务部) and 科学技术部 agreed.\n");
    Path csv = dir.resolve("g.csv");
    CliRun glossary = CliRun.run("", "glossary", brief.toString(), "--no-discover-terms", "-o", csv.toString());
    assertEquals(0, glossary.exitCode(), glossary.err());
    CliRun run = CliRun.run("", "align", "--check", csv.toString(), "--format", "jsonl");
    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    List<JsonNode> rows = jsonLines(run.out());
    assertTrue(rows.size() >= 4, run.out());
    assertTrue(rows.stream().anyMatch(r -> r.get("zh").asText().equals("工业和信息化部")
        && r.get("en").asText().equals("Ministry of Industry and Information Technology")), run.out());
  }

  @Test
  void headerNamesAreRecognized() throws Exception {
    String[][] headers = {{"English", "Chinese"}, {"en", "zh"}, {"en-US", "zh-CN"}, {"Term (en)", "Term (zh-Hans)"},
        {"English (United States)", "Chinese (PRC)"}, {"EN", "ZH_TW"}, {"英文", "中文"}};
    for (String[] header : headers) {
      List<GlossaryRows.Row> rows = GlossaryRows.read("g.csv", "Note," + header[1] + "," + header[0]
          + "\nx,数据安全法,Data Security Law\n");
      assertEquals(List.of(new GlossaryRows.Row(2, "Data Security Law", "数据安全法")), rows, String.join("|", header));
    }
    // No header: the first two columns, whichever holds the Chinese; a quoted field spans two lines.
    assertEquals(List.of(new GlossaryRows.Row(1, "Data Security Law", "数据安全法"),
            new GlossaryRows.Row(2, "Cybersecurity\nLaw", "网络安全法"), new GlossaryRows.Row(4, "MIIT", "工业和信息化部")),
        GlossaryRows.read("g.csv", "数据安全法;Data Security Law\n网络安全法;\"Cybersecurity\nLaw\"\n工业和信息化部;MIIT\n"));
  }

  @Test
  void aHeaderWithoutAChineseColumnFailsNamingTheFile() throws IOException {
    Path glossary = write("g.csv", "English,Definition\nData Security Law,a law\n");
    CliRun run = CliRun.run("", "align", "--check", glossary.toString());
    assertEquals(ExitCode.CONFIGURATION, run.exitCode());
    assertTrue(run.err().startsWith("sinoterm: " + glossary + ":1: the header names no Chinese column"), run.err());
    CliRun broken = CliRun.run("", "align", "--check", write("q.csv", "English,Chinese\n\"Data,数据\n").toString());
    assertEquals(ExitCode.CONFIGURATION, broken.exitCode(), broken.err());
    assertTrue(broken.err().contains("q.csv"), broken.err());
  }

  @Test
  void wrongCommandLinesAndMissingFiles() throws IOException {
    Path zh = write("zh.txt", "数据安全法\n");
    assertEquals(ExitCode.USAGE, CliRun.run("", "align", zh.toString()).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.run("", "align", "--check", zh.toString(), zh.toString()).exitCode());
    CliRun missing = CliRun.run("", "align", zh.toString(), dir.resolve("nope.txt").toString());
    assertEquals(ExitCode.INPUT_FAILED, missing.exitCode());
    assertTrue(missing.err().contains("nope.txt: cannot read (no such file)"), missing.err());
    assertEquals("", missing.out());
    CliRun directory = CliRun.run("", "align", zh.toString(), dir.toString());
    assertEquals(ExitCode.INPUT_FAILED, directory.exitCode());
  }

  @Test
  void charsetAndOutputFile() throws IOException {
    Path zh = write("zh.txt", "数据安全法\n", Charset.forName("GB18030"));
    Path en = write("en.txt", "Data Security Law\n", Charset.forName("GB18030"));
    assertEquals(ExitCode.INPUT_FAILED, CliRun.run("", "align", zh.toString(), en.toString()).exitCode());
    Path out = dir.resolve("pairs.jsonl");
    CliRun run = CliRun.run("", "align", "--charset", "GB18030", "--format", "jsonl", "-o", out.toString(),
        zh.toString(), en.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    Iterator<JsonNode> lines = jsonLines(Files.readString(out, StandardCharsets.UTF_8)).iterator();
    JsonNode pair = lines.next();
    assertEquals("数据安全法", pair.get("zh").asText());
    assertEquals("Data Security Law", pair.get("en").asText());
    assertFalse(lines.hasNext());
  }
}
