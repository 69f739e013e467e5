package org.sinoterm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sinoterm.Entity;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Golden aggregation: three short documents written for this test, and the glossary they must give, as a table.
 * Each entry is {@code TYPE key | English terms | Chinese terms | frequency | sources}, each term
 * {@code text/TERM_TYPE/frequency}, with {@code *} for a canonical name.
 */
class GlossaryBuilderTest {

  private static final Extractor EXTRACTOR = Sinoterm.extractor();

  /** A policy with its English rendering, two bodies, a dictionary technology, a glossed term. */
  static final String A = """
      Article: Work Plan for the Construction of "Two Zones" in the Field of Digital Economy (数字经济领域“两区”建设工作方案)
      Issuing bodies: MIIT; NDRC
      The Ministry of Industry and Information Technology will fund new testing centres for extracorporeal membrane oxygenation (ECMO) units.
      Officials in Beijing want the city to become a leader in the digital economy (数字经济) by 2025, spending CNY 2 billion.
      """;
  /** A short Chinese name, a local bureau known only in English, a collective issuer, a technology defined in place. */
  static final String B = """
      工信部 and the Beijing Municipal Bureau of Economy and Information Technology met on Friday; 十部门 signed.
      Hospitals bought 300 ECMO machines. 体外膜肺氧合 remains scarce in rural counties.
      The Digital Economy (数字经济) plan was praised by MIIT.
      Suppliers of flexible perovskite modules (FPMs) expect orders to double.
      """;
  /** Traditional characters, and a body with its Chinese name in brackets. */
  static final String C = """
      國務院 officials said that MIIT will review the plan.
      The State Council (国务院) approved it in March.
      """;

  static final String GOLDEN = """
      AGENCY MIIT | Ministry of Industry and Information Technology/FULL_FORM/1*; MIIT/ACRONYM/3* | 工业和信息化部/FULL_FORM/0*; 工信部/SHORT_FORM/1 | 5 | a.txt b.txt c.txt
      TECHNOLOGY ECMO | extracorporeal membrane oxygenation/FULL_FORM/1*; ECMO/ACRONYM/2* | 体外膜肺氧合/FULL_FORM/1* | 4 | a.txt b.txt
      TERM - | digital economy/FULL_FORM/2 | 数字经济/FULL_FORM/2 | 4 | a.txt b.txt
      AGENCY STATE_COUNCIL | State Council/FULL_FORM/1* | 国务院/FULL_FORM/2* | 3 | c.txt
      POLICY_TITLE - | Work Plan for the Construction of "Two Zones" in the Field of Digital Economy/FULL_FORM/1* | 数字经济领域“两区”建设工作方案/FULL_FORM/1* | 2 | a.txt
      TECHNOLOGY - | flexible perovskite modules/FULL_FORM/1*; FPMs/ACRONYM/1* | - | 2 | b.txt
      AGENCY NDRC | National Development and Reform Commission/FULL_FORM/0*; NDRC/ACRONYM/1* | 国家发展和改革委员会/FULL_FORM/0* | 1 | a.txt
      """;

  static Map<String, Extraction> corpus() {
    return Map.of("a.txt", EXTRACTOR.extract(A), "b.txt", EXTRACTOR.extract(B), "c.txt", EXTRACTOR.extract(C));
  }

  static Glossary build(List<String> order) {
    Map<String, Extraction> corpus = corpus();
    GlossaryBuilder builder = Glossary.builder();
    order.forEach(source -> builder.add(source, corpus.get(source)));
    return builder.build();
  }

  static String row(GlossaryEntry e) {
    return e.type() + " " + (e.key() == null ? "-" : e.key()) + " | " + terms(e.terms(Entity.EN)) + " | "
        + terms(e.terms(Entity.ZH)) + " | " + e.frequency() + " | " + String.join(" ", e.sources());
  }

  private static String terms(List<GlossaryTerm> terms) {
    return terms.isEmpty() ? "-" : terms.stream()
        .map(t -> t.text() + "/" + t.type() + "/" + t.frequency() + (t.canonical() ? "*" : ""))
        .collect(Collectors.joining("; "));
  }

  @Test
  void theCorpusGivesTheGoldenGlossary() {
    Glossary glossary = build(List.of("a.txt", "b.txt", "c.txt"));
    assertEquals(GOLDEN.lines().toList(), glossary.entries().stream().map(GlossaryBuilderTest::row).toList());
    assertEquals(3, glossary.documents());
  }

  /** The local bureau (English only, unlinked), 十部门 (no names), quantities and dates are not entries. */
  @Test
  void monolingualUnlinkedConceptsAndValuesAreNotEntries() {
    Glossary glossary = build(List.of("a.txt", "b.txt", "c.txt"));
    for (GlossaryEntry entry : glossary.entries()) {
      for (GlossaryTerm term : entry.terms()) {
        assertTrue(!term.text().contains("Beijing Municipal") && !term.text().equals("十部门")
            && !term.text().contains("2025") && !term.text().contains("billion"), term::toString);
      }
    }
  }

  @Test
  void theContextIsTheSentenceOfTheFirstMentionInTheFirstSource() {
    Glossary glossary = build(List.of("c.txt", "b.txt", "a.txt"));
    GlossaryEntry miit = glossary.entries().get(0);
    assertEquals("Issuing bodies: MIIT; NDRC", miit.context());
    assertEquals("a.txt", miit.contextSource());
    GlossaryEntry flexible = glossary.entries().stream().filter(e -> e.terms().get(0).text().startsWith("flexible"))
        .findFirst().orElseThrow();
    assertEquals("Suppliers of flexible perovskite modules (FPMs) expect orders to double.", flexible.context());
    GlossaryEntry ecmo = glossary.entries().get(1);
    assertEquals("…Information Technology will fund new testing centres for extracorporeal membrane oxygenation "
        + "(ECMO) units.", ecmo.context());
  }

  /** Any order of documents, and any split into merged partial builders, gives the same glossary and file. */
  @Test
  void orderAndMergingDoNotChangeTheGlossary() throws IOException {
    Glossary sequential = build(List.of("a.txt", "b.txt", "c.txt"));
    Glossary reversed = build(List.of("c.txt", "b.txt", "a.txt"));
    Map<String, Extraction> corpus = corpus();
    GlossaryBuilder left = Glossary.builder().add("b.txt", corpus.get("b.txt"));
    GlossaryBuilder right = Glossary.builder().add("c.txt", corpus.get("c.txt")).add("a.txt", corpus.get("a.txt"));
    Glossary merged = left.merge(right).build();
    assertEquals(sequential, reversed);
    assertEquals(sequential, merged);
    for (GlossaryFormat format : GlossaryFormat.values()) {
      assertEquals(write(format, sequential), write(format, merged), format::name);
      assertEquals(write(format, sequential), write(format, build(List.of("b.txt", "a.txt", "c.txt"))));
    }
    assertThrows(IllegalArgumentException.class, () -> left.merge(left));
  }

  @Test
  void aDocumentAddedTwiceCountsTwiceButIsOneSource() {
    Extraction a = EXTRACTOR.extract(A);
    Glossary twice = Glossary.builder().add("a.txt", a).add("a.txt", a).build();
    Glossary once = Glossary.of("a.txt", a);
    GlossaryEntry miitTwice = twice.entries().get(0);
    GlossaryEntry miitOnce = once.entries().get(0);
    assertEquals("MIIT", miitOnce.key());
    assertEquals(2 * miitOnce.frequency(), miitTwice.frequency());
    assertEquals(List.of("a.txt"), miitTwice.sources());
    assertEquals(1, twice.documents());
  }

  @Test
  void minFrequencyKeepsTheFrequentEntries() {
    Glossary glossary = build(List.of("a.txt", "b.txt", "c.txt"));
    Glossary frequent = glossary.withMinFrequency(3);
    assertEquals(java.util.Arrays.asList("MIIT", "ECMO", null, "STATE_COUNCIL"),
        frequent.entries().stream().map(GlossaryEntry::key).toList());
    assertEquals(glossary, glossary.withMinFrequency(1));
    assertThrows(IllegalArgumentException.class, () -> glossary.withMinFrequency(0));
    assertNotEquals(glossary, frequent);
  }

  @Test
  void idsAreStableXmlNames() {
    Glossary glossary = build(List.of("a.txt", "b.txt", "c.txt"));
    List<String> ids = new ArrayList<>();
    for (GlossaryEntry entry : glossary.entries()) {
      assertTrue(entry.id().matches("[a-z-]+-[A-Za-z0-9_.-]+"), entry.id());
      ids.add(entry.id());
    }
    assertEquals(ids.size(), ids.stream().distinct().count());
    assertEquals("agency-MIIT", ids.get(0));
    assertEquals(ids, build(List.of("c.txt", "a.txt", "b.txt")).entries().stream().map(GlossaryEntry::id).toList());
  }

  static String write(GlossaryFormat format, Glossary glossary) throws IOException {
    StringWriter out = new StringWriter();
    format.write(glossary, out);
    return out.toString();
  }
}
