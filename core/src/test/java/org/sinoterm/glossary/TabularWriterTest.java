package org.sinoterm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.TermRef;

/** CSV and TSV: read back with Commons CSV, exact header, BOM, and fields with separators that survive. */
class TabularWriterTest {

  static final List<String> HEADER = List.of("English", "Chinese", "English synonyms", "Chinese synonyms", "Type",
      "Note", "Context", "Source", "Frequency");

  private static Glossary awkward() {
    String en = "research, \"development\" and testing";
    Passage p = new Passage(en + " (研发,测试) came up.");
    Entity english = p.entity(en, EntityType.TERM, new TermRef(en, "研发,测试", 0.9));
    Entity chinese = p.entity("研发,测试", EntityType.TERM, new TermRef(en, "研发,测试", 0.9));
    return Glossary.of("notes/a,\"b\"\n\tc.txt", p.link(LinkType.TRANSLATION, english, chinese, 0.9).extraction());
  }

  @Test
  void csvReadsBackWithItsHeaderAndBom() throws Exception {
    String csv = GlossaryBuilderTest.write(GlossaryFormat.CSV, GlossaryBuilderTest.build(List.of("a.txt", "b.txt",
        "c.txt")));
    assertEquals('\uFEFF', csv.charAt(0));
    assertTrue(csv.contains("\r\n"));
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    assertEquals(HEADER, records.get(0).toList());
    assertEquals(List.of("Ministry of Industry and Information Technology", "工业和信息化部", "MIIT", "工信部", "agency",
        "AGENCY MIIT: 5 mentions in 3 documents; acronym: MIIT; short form: 工信部", "Issuing bodies: MIIT; NDRC",
        "a.txt; b.txt; c.txt", "5"), records.get(1).toList());
    assertEquals(8, records.size());
    assertEquals("flexible perovskite modules", records.get(6).get(0));
    assertEquals("", records.get(6).get(1));
  }

  @Test
  void commasQuotesAndLineBreaksSurviveInCsv() throws Exception {
    String csv = GlossaryBuilderTest.write(GlossaryFormat.CSV, awkward());
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    assertEquals(2, records.size());
    CSVRecord row = records.get(1);
    assertEquals("research, \"development\" and testing", row.get(0));
    assertEquals("研发,测试", row.get(1));
    assertEquals("notes/a,\"b\"\n\tc.txt", row.get(7));
  }

  @Test
  void tsvEscapesWhatWouldBreakARow() throws Exception {
    String tsv = GlossaryBuilderTest.write(GlossaryFormat.TSV, awkward());
    assertTrue(tsv.charAt(0) != '\uFEFF');
    List<String> lines = tsv.lines().toList();
    assertEquals(2, lines.size());
    assertEquals(String.join("\t", HEADER), lines.get(0));
    List<String> fields = Arrays.stream(lines.get(1).split("\t", -1)).map(TabularWriterTest::unescape).toList();
    assertEquals(HEADER.size(), fields.size());
    assertEquals("research, \"development\" and testing", fields.get(0));
    assertEquals("notes/a,\"b\"\n\tc.txt", fields.get(7));
  }

  private static String unescape(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
