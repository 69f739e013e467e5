package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code sinoterm glossary} end to end: each format, failures and their exit codes, progress, help. */
class GlossaryCommandTest {

  @TempDir
  Path dir;

  private Path a;
  private Path b;

  @BeforeEach
  void corpus() throws IOException {
    a = write("briefs/a.txt", """
        The Ministry of Commerce (商务部) and MOFCOM officials met the State Council (国务院) staff.
        Hospitals want more extracorporeal membrane oxygenation (ECMO) machines.
        """);
    b = write("briefs/b.md", "商务部 said on Monday that 300 ECMO units had arrived.\n");
  }

  private Path write(String name, String content) throws IOException {
    return TextFiles.write(dir, name, content);
  }

  private static JsonNode validJson(String json) throws Exception {
    JsonSchema schema;
    try (InputStream in = GlossaryCommand.class.getResourceAsStream("glossary.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JsonNode node = ExtractionJson.MAPPER.readTree(json);
    Set<ValidationMessage> errors = schema.validate(node);
    assertTrue(errors.isEmpty(), () -> errors + " in " + json);
    return node;
  }

  @Test
  void anEmptyGlossaryIsWrittenWithAWarning() throws Exception {
    Path english = write("plain.txt", "Exports rose by a tenth last year, the customs office said.\n");
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", "--format", "tbx", english.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("sinoterm: warning: no glossary entries (no term was found in both languages or defined by the "
        + "text); a TBX file without a termEntry is not valid TBX-Basic\n", run.err().replace("\r\n", "\n"));
    assertTrue(run.out().contains("<body"), run.out());
  }

  @Test
  void jsonOnStandardOutputFollowsItsSchema() throws Exception {
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", "--format", "json", dir.resolve("briefs")
        .toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode entries = validJson(run.out());
    JsonNode mofcom = entries.get(0);
    assertEquals("agency-MOFCOM", mofcom.get("id").asText());
    assertEquals(4, mofcom.get("frequency").asInt());
    assertEquals(2, mofcom.get("documents").asInt());
    assertEquals("Ministry of Commerce", mofcom.at("/terms/0/text").asText());
    assertEquals("MOFCOM", mofcom.at("/terms/1/text").asText());
    assertEquals("acronym", mofcom.at("/terms/1/termType").asText());
    assertEquals("商务部", mofcom.at("/terms/2/text").asText());
    List<String> keys = new ArrayList<>();
    entries.forEach(e -> keys.add(e.path("key").asText("-")));
    assertEquals(List.of("MOFCOM", "ECMO", "STATE_COUNCIL"), keys);
  }

  /** The schema lists exactly the term types and entity types the API has. */
  @Test
  void theSchemaEnumeratesWhatTheApiDefines() throws Exception {
    JsonNode defs;
    try (InputStream in = GlossaryCommand.class.getResourceAsStream("glossary.schema.json")) {
      defs = ExtractionJson.MAPPER.readTree(in).get("$defs");
    }
    List<String> termTypes = new ArrayList<>();
    defs.at("/term/properties/termType/enum").forEach(v -> termTypes.add(v.asText()));
    assertEquals(java.util.Arrays.stream(org.sinoterm.glossary.TermType.values())
        .map(org.sinoterm.glossary.TermType::tbxName).toList(), termTypes);
    List<String> termFields = new ArrayList<>();
    defs.at("/term/properties").fieldNames().forEachRemaining(termFields::add);
    assertEquals(List.of("text", "lang", "termType", "frequency", "canonical"), termFields);
  }

  @Test
  void tbxFromTheOutputExtension() throws Exception {
    Path out = dir.resolve("glossary.tbx");
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", a.toString(), b.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document document = factory.newDocumentBuilder().parse(out.toFile());
    assertEquals("TBX-Basic", document.getDocumentElement().getAttribute("type"));
    assertEquals(3, document.getElementsByTagName("termEntry").getLength());
    assertEquals("agency-MOFCOM", ((org.w3c.dom.Element) document.getElementsByTagName("termEntry").item(0))
        .getAttribute("id"));
  }

  @Test
  void csvAndTsv() throws Exception {
    Path csv = dir.resolve("out/glossary.CSV");
    Files.createDirectories(csv.getParent());
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", "--min-frequency", "3", dir.resolve("briefs")
        .toString(), "-o", csv.toString());
    assertEquals(0, run.exitCode(), run.err());
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(List.of("English", "Chinese", "English synonyms", "Chinese synonyms", "Type", "Note", "Context",
        "Source", "Frequency"), records.get(0).toList());
    assertEquals(3, records.size()); // MOFCOM (4) and ECMO (3); the State Council (2) is under --min-frequency
    assertEquals(List.of("Ministry of Commerce", "商务部", "MOFCOM", ""), records.get(1).toList().subList(0, 4));
    CliRun tsv = CliRun.run("", "glossary", "--no-discover-terms", b.toString());
    assertEquals(0, tsv.exitCode(), tsv.err());
    assertTrue(tsv.out().startsWith("English\tChinese\tEnglish synonyms\t"), tsv.out());
  }

  @Test
  void aBadFileInABatchIsReportedAndTheRestGoesOn() throws Exception {
    Path binary = dir.resolve("briefs/scan.txt");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'x'});
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", "--format", "json", dir.resolve("briefs")
        .toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCode.INPUT_FAILED, run.exitCode());
    assertTrue(run.err().contains("scan.txt: not valid UTF-8 text; skipped"), run.err());
    assertTrue(run.err().contains("missing.txt: cannot read (no such file)"), run.err());
    assertEquals(3, validJson(run.out()).size());
  }

  @Test
  void anUnwritableOutputLeavesNoFile() throws Exception {
    Path out = dir.resolve("no/such/dir/glossary.tbx");
    CliRun run = CliRun.run("", "glossary", "--no-discover-terms", a.toString(), "-o", out.toString());
    assertEquals(ExitCode.OUTPUT_FAILED, run.exitCode());
    assertTrue(run.err().startsWith("sinoterm: " + out + ": cannot write"), run.err());
    assertFalse(Files.exists(out));
    CliRun directory = CliRun.run("", "glossary", "--no-discover-terms", "--format", "csv", a.toString(), "-o",
        dir.toString());
    assertEquals(ExitCode.OUTPUT_FAILED, directory.exitCode());
  }

  @Test
  void wrongCommandLines() {
    CliRun unknown = CliRun.run("", "glossary", "--no-discover-terms", a.toString(), "-o",
        dir.resolve("g.xlsx").toString());
    assertEquals(ExitCode.USAGE, unknown.exitCode());
    assertTrue(unknown.err().contains("cannot tell the format from the extension"), unknown.err());
    assertEquals(ExitCode.USAGE, CliRun.run("", "glossary", "--min-frequency", "0", a.toString()).exitCode());
    assertEquals(ExitCode.USAGE, CliRun.run("", "glossary", "--format", "xlsx", a.toString()).exitCode());
    CliRun dictionary = CliRun.run("", "glossary", "--dictionary", dir.resolve("none.tsv").toString(), a.toString());
    assertTrue(dictionary.exitCode() == ExitCode.USAGE || dictionary.exitCode() == ExitCode.CONFIGURATION,
        dictionary.err());
  }

  @Test
  void standardInputIsOneDocument() throws Exception {
    CliRun run = CliRun.run("The Ministry of Commerce (商务部) met.", "glossary", "--no-discover-terms", "--format",
        "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("<stdin>", validJson(run.out()).get(0).at("/sources/0").asText());
  }

  @Test
  void progressOnlyOnATerminalAndNotWhenQuiet() {
    String[] args = {"glossary", "--no-discover-terms", a.toString(), b.toString()};
    String watched = runOnTerminal(args);
    assertTrue(watched.contains("\rsinoterm glossary: 2 documents read (" + b + ")"), watched);
    assertTrue(watched.endsWith("sinoterm glossary: 2 documents read, 3 entries\u001B[K\n"), watched);
    String[] quiet = {"glossary", "--no-discover-terms", "--quiet", a.toString(), b.toString()};
    assertEquals("", runOnTerminal(quiet));
    assertEquals("", runOnTerminal("glossary", "--no-discover-terms", a.toString()));
    assertEquals("", CliRun.run("", args).err());
  }

  private static String runOnTerminal(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = Console.of(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);
    assertEquals(0, SinotermCli.run(console, args));
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help() {
    CliRun help = CliRun.run("", "glossary", "--help");
    assertEquals(0, help.exitCode());
    for (String option : List.of("--output", "--format", "--min-frequency", "--quiet", "--types", "--dictionary",
        "--charset", "--date", "--[no-]discover-terms")) {
      assertTrue(help.out().contains(option), option + " in " + help.out());
    }
    assertTrue(CliRun.run("", "--help").out().contains("glossary"));
  }
}
