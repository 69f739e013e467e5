package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        Issuing bodies: ⟦十部门|AGENCY count=10⟧; ⟦Beijing Bureau|AGENCY key=-⟧
        @link ABBREVIATION a2 a1

        === p2 zh-notice
        ⟦⟦国务院|AGENCY key=STATE_COUNCIL⟧办公厅|AGENCY key=STATE_COUNCIL⟧
        """);
    assertEquals(2, passages.size());
    Passage p1 = passages.get(0);
    assertEquals("The Ministry of Commerce (MOFCOM) said.\nIssuing bodies: 十部门; Beijing Bureau", p1.text());
    assertEquals(4, p1.entities().size());
    Passage.Gold commerce = p1.entities().get(0);
    assertEquals(new Passage.Gold("a1", EntityType.AGENCY, 4, 24, "Ministry of Commerce", Map.of("key", "MOFCOM")),
        commerce);
    assertEquals("十部门", p1.text().substring(p1.entities().get(2).start(), p1.entities().get(2).end()));
    assertEquals(Map.of("count", "10"), p1.entities().get(2).normalized());
    assertEquals(null, p1.entities().get(3).normalized().get("key"));
    assertEquals(List.of(new Passage.GoldLink(LinkType.ABBREVIATION, "a2", "a1")), p1.links());

    Passage p2 = passages.get(1);
    assertEquals("国务院办公厅", p2.text());
    assertEquals(List.of("国务院办公厅", "国务院"), p2.entities().stream().map(Passage.Gold::text).toList());
  }

  @Test
  void errorsNameTheFileAndLine() {
    assertEquals("t.txt:2: ⟧ without ⟦",
        assertThrows(IllegalArgumentException.class, () -> CorpusMarkup.parse("t.txt", "=== p x\nbad⟧")).getMessage());
    assertEquals("t.txt:2: unknown entity type PLACE", assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", "=== p x\n⟦Anhui|PLACE⟧")).getMessage());
    assertEquals("t.txt:3: no entity with id a9", assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", "=== p x\n⟦MIIT|AGENCY id=a1⟧\n@link ABBREVIATION a1 a9")).getMessage());
    assertEquals("t.txt:1: text outside a passage (start one with ===)", assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", "stray")).getMessage());
    assertEquals("t.txt:2: ⟦ is not closed on its line", assertThrows(IllegalArgumentException.class,
        () -> CorpusMarkup.parse("t.txt", "=== p x\n⟦MIIT|AGENCY\n⟧")).getMessage());
  }

  @Test
  void jsonLinesRoundTrip() throws Exception {
    List<Passage> passages = CorpusMarkup.parse("t.txt", """
        === p1 news
        The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧); ⟦X Bureau|AGENCY key=-⟧
        @link ABBREVIATION a2 a1
        """);
    String json = Corpus.toJsonLines(passages);
    List<Passage> back = Corpus.read(new java.io.ByteArrayInputStream(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.jsonl");
    assertEquals(passages, back);
  }
}
