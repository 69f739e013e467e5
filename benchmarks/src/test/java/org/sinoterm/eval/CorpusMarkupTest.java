package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

class CorpusMarkupTest {

  @Test
  void compilesMarksIntoOffsetsOfThePlainText() {
    List<Passage> passages = CorpusMarkup.parse("t.txt", """
        % a comment
        === p1 news

        The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧) said.
        % another comment
        Issuing bodies: ⟦十部门|AGENCY count=10⟧; ⟦Hubei Provincial Bureau of Mines|AGENCY key=-⟧
        @link ABBREVIATION a2 a1

        === p2 zh-notice
        ⟦国务院办公厅|AGENCY key=STATE_COUNCIL office.zh=办公厅⟧关于印发的通知
        """);
    assertEquals(2, passages.size());
    Passage p1 = passages.get(0);
    assertEquals("The Ministry of Commerce (MOFCOM) said.\nIssuing bodies: 十部门; Hubei Provincial Bureau of Mines",
        p1.text());
    assertEquals("news", p1.genre());
    assertEquals(4, p1.entities().size());
    assertEquals(new Passage.Gold("a1", EntityType.AGENCY, 4, 24, "Ministry of Commerce", Map.of("key", "MOFCOM")),
        p1.entities().get(0));
    for (Passage.Gold gold : p1.entities()) {
      assertEquals(gold.text(), p1.text().substring(gold.start(), gold.end()));
    }
    assertEquals(Map.of("count", "10"), p1.entities().get(2).normalized());
    Map<String, String> noKey = new HashMap<>();
    noKey.put("key", null);
    assertEquals(noKey, p1.entities().get(3).normalized());
    assertEquals(List.of(new Passage.GoldLink(LinkType.ABBREVIATION, "a2", "a1")), p1.links());

    Passage p2 = passages.get(1);
    assertEquals("国务院办公厅关于印发的通知", p2.text());
    assertEquals(Map.of("key", "STATE_COUNCIL", "office.zh", "办公厅"), p2.entities().get(0).normalized());
  }

  @Test
  void aNameWrappedAcrossALineIsOneMark() {
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 news
        the ⟦National Development and Reform
        Commission|AGENCY key=NDRC⟧ said
        """).get(0);
    assertEquals("the National Development and Reform\nCommission said", passage.text());
    assertEquals("National Development and Reform\nCommission", passage.entities().get(0).text());
  }

  @Test
  void quotedValuesMayHoldSpacesAndQuotes() {
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 news
        the ⟦Hubei Provincial Bureau of Mines|AGENCY key=- en="Hubei Provincial Bureau of Mines" zh="湖北\\"省\\"局"⟧
        """).get(0);
    assertEquals("the Hubei Provincial Bureau of Mines", passage.text());
    Map<String, String> expected = new HashMap<>();
    expected.put("key", null);
    expected.put("en", "Hubei Provincial Bureau of Mines");
    expected.put("zh", "湖北\"省\"局");
    assertEquals(expected, passage.entities().get(0).normalized());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      === p x\\nbad⟧ => t.txt:1: unknown genre x (known: [consultancy, hard, merics-block, mixed, news, zh-notice])
      === p news\\nbad⟧ => t.txt:2: ⟧ without ⟦
      === p news\\n⟦Anhui|PLACE⟧ => t.txt:2: unknown entity type PLACE
      === p news\\n⟦MIIT|AGENCY id=a1⟧\\n@link ABBREVIATION a1 a9 => t.txt:3: no entity with id a9
      === p news\\n⟦MIIT|AGENCY id=a1⟧\\n@link ABBREVIATION a1 a1 => t.txt:3: a link needs two different entities
      === p news\\n⟦MIIT|AGENCY id=a1⟧\\n@link SYNONYM a1 a1 => t.txt:3: unknown link type SYNONYM
      stray => t.txt:1: text outside a passage (start one with ===)
      === p news\\n⟦MIIT|AGENCY\\n⟧ => t.txt:3: a mark needs '|TYPE' before ⟧, on the line of the ⟧
      === p news\\n⟦MIIT|AGENCY\\nmore => t.txt:2: ⟦ is not closed
      === p news\\n⟦MIIT\\nNDRC\\nMOST|AGENCY⟧ => t.txt:4: a mark spans more than two lines
      === p news\\n⟦MIIT|AGENCY kye=MIIT⟧ => t.txt:2: AGENCY has no field kye (fields of AgencyRef: key, acronym, en, zh, level, successor, count, office)
      === p news\\n⟦MIIT|AGENCY office.city=x⟧ => t.txt:2: AGENCY has no field office.city (fields of Office: en, zh)
      === p news\\n⟦MIIT|AGENCY key.x=MIIT⟧ => t.txt:2: AGENCY has no field key.x (fields of ?: none)
      === p news\\n⟦MIIT|AGENCY key=MIIT key=MOST⟧ => t.txt:2: field key is given twice
      === p news\\n⟦MIIT|AGENCY key⟧ => t.txt:2: attribute must be name=value: key
      === p news\\n⟦MIIT|AGENCY en="MIIT⟧ => t.txt:2: a quoted value is not closed
      === p news\\n⟦MIIT |AGENCY⟧ => t.txt:2: a marked surface must not be empty or start or end with a space: 'MIIT '
      === p news\\n⟦⟦国务院|AGENCY⟧办公厅|AGENCY⟧ => t.txt:2: '国务院' overlaps '国务院办公厅', another AGENCY (entities of one type never overlap)
      === p news\\n⟦MIIT|AGENCY⟧\\n=== p news\\nx => t.txt:3: passage id p is used twice
      === p news frobs=1\\nx => t.txt:1: unknown passage attribute frobs=1
      === p news\\nx\\n@diagnostic Issuer Count => t.txt:3: expected '@diagnostic CODE', such as @diagnostic issuer-count-mismatch
      """)
  void errorsNameTheFileAndLine(String markup, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", markup.replace("\\n", "\n"))).getMessage());
  }

  @Test
  void aMarkOfATypeThePassageDoesNotAnnotateIsAnError() {
    EntityType other = java.util.Arrays.stream(EntityType.values()).filter(t -> t != EntityType.AGENCY).findFirst()
        .orElse(null);
    assumeTrue(other != null, "needs a second entity type");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", "=== p news types=AGENCY\nx\n⟦x|" + other + "⟧"));
    assertTrue(e.getMessage().startsWith("t.txt:3: a mark of type " + other + " in a passage that annotates only "
        + "[AGENCY]"), e.getMessage());
  }

  @Test
  void aPassageAnnotatesOnlyTheTypesItsHeaderLists() {
    Passage passage = CorpusMarkup.parse("t.txt", "=== p news\nx").get(0);
    assertEquals(java.util.Set.of(EntityType.AGENCY), passage.annotated());
  }

  @Test
  void jsonLinesRoundTrip() throws Exception {
    List<Passage> passages = CorpusMarkup.parse("t.txt", """
        === p1 news
        The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧); ⟦X Bureau|AGENCY key=-⟧
        @link ABBREVIATION a2 a1
        @diagnostic issuer-count-mismatch
        """);
    assertEquals(List.of("issuer-count-mismatch"), passages.get(0).diagnostics());
    String json = Corpus.toJsonLines(passages);
    List<Passage> back = Corpus.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.jsonl");
    assertEquals(passages, back);
  }

  @Test
  void aJsonLinesEntityMustCoverItsText() {
    String json = "{\"id\":\"p\",\"genre\":\"news\",\"text\":\"MIIT said\",\"annotated\":[\"AGENCY\"],"
        + "\"entities\":[{\"id\":\"g1\",\"type\":\"AGENCY\",\"start\":0,\"end\":3,\"text\":\"MIIT\"}],\"links\":[]}\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Corpus.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.jsonl"));
    assertEquals("c.jsonl:1: entity g1 [0, 3) does not cover 'MIIT'", e.getMessage());
  }

  @Test
  void compilingADirectoryRejectsAPassageIdUsedInTwoFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-01.txt"), "=== p1 news\nMIIT", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b-01.txt"), "=== p1 news\nMOST", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "not markup", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.compile(dir));
    assertEquals(dir + ": passage ids used in more than one file: [p1]", e.getMessage());
  }
}
