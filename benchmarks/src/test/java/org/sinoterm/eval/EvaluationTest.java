package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Quantity;
import org.sinoterm.Span;

class EvaluationTest {

  /** An extractor that returns fixed entities, so that the arithmetic can be checked by hand. */
  private static Extractor fixed(List<Entity> entities, List<Link> links) {
    return new Extractor() {
      @Override
      public Extraction extract(CharSequence text) {
        return new Extraction(text.toString(), entities, links);
      }

      @Override
      public Extraction extract(CharSequence text, java.time.LocalDate documentDate) {
        return extract(text);
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.AGENCY);
      }
    };
  }

  private static Entity agency(String text, int start, int end, String key) {
    return new Entity(EntityType.AGENCY, new Span(start, end), text.substring(start, end), "en",
        new AgencyRef(key, null, null, null, null, null, null, null), 0.9);
  }

  private static Entity at(String text, String surface, String key) {
    int start = text.indexOf(surface);
    return agency(text, start, start + surface.length(), key);
  }

  @Test
  void countsExactAndOverlappingMatchesValuesAndLinks() {
    String markup = """
        === p1 news
        The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧) met ⟦NDRC|AGENCY key=NDRC⟧ and ⟦Beijing Municipal Bureau|AGENCY key=-⟧.
        @link ABBREVIATION a2 a1
        """;
    Passage passage = CorpusMarkup.parse("t.txt", markup).get(0);
    String text = passage.text();
    Entity commerce = at(text, "Ministry of Commerce", "MOFCOM");   // exact, right value
    Entity mofcom = at(text, "MOFCOM", "MOFCOM");                   // exact, right value
    Entity ndrc = at(text, "NDRC", "MIIT");                          // exact, wrong value
    Entity bureau = at(text, "Municipal Bureau", null);              // overlaps "Beijing Municipal Bureau"
    Entity falseHit = at(text, "The", "X");
    Link link = new Link(LinkType.ABBREVIATION, mofcom, commerce, 0.9);
    Evaluation evaluation = Evaluation.run(fixed(List.of(falseHit, commerce, mofcom, ndrc, bureau), List.of(link)),
        List.of(passage));

    Evaluation.Counts agencies = evaluation.entities().get(EntityType.AGENCY);
    assertEquals(new Evaluation.Counts(4, 5, 3, 4, 2), agencies);
    assertEquals(0.6, agencies.precision(), 1e-9);
    assertEquals(0.75, agencies.recall(), 1e-9);
    assertEquals(2 * 0.6 * 0.75 / 1.35, agencies.f1(), 1e-9);
    assertEquals(2.0 / 3, agencies.normalizationAccuracy(), 1e-9);
    assertEquals(new Evaluation.Counts(1, 1, 1, 1, 1), evaluation.links().get(LinkType.ABBREVIATION));
    assertEquals(List.of("wrong value", "miss", "false hit", "false hit"),
        evaluation.findings().stream().map(Evaluation.Finding::kind).toList());
  }

  @Test
  void typesAPassageDoesNotAnnotateAreNotScored() {
    Passage passage = CorpusMarkup.parse("t.txt", "=== p1 news types=AGENCY\nNothing here.").get(0);
    Evaluation evaluation = Evaluation.run(fixed(List.of(), List.of()), List.of(passage));
    assertEquals(new Evaluation.Counts(0, 0, 0, 0, 0), evaluation.entities().get(EntityType.AGENCY));
    assertEquals(1.0, evaluation.entities().get(EntityType.AGENCY).f1(), 1e-9);
  }

  @Test
  void overlapMatchesAreOneToOneAndExactMatchesComeFirst() {
    // "Beijing Municipal Commerce Bureau" is predicted in two pieces; "MOFCOM" exactly. A prediction that overlaps
    // an exact match's gold must not count again, and one prediction never matches two gold entities.
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 news
        ⟦Beijing Municipal Commerce Bureau|AGENCY key=-⟧ and ⟦MOFCOM|AGENCY key=MOFCOM⟧
        """).get(0);
    String text = passage.text();
    Entity beijing = at(text, "Beijing Municipal", null);
    Entity bureau = at(text, "Commerce Bureau", null);
    Entity mofcom = at(text, "MOFCOM", "MOFCOM");
    Evaluation evaluation = Evaluation.run(fixed(List.of(beijing, bureau, mofcom), List.of()), List.of(passage));
    assertEquals(new Evaluation.Counts(2, 3, 1, 2, 1), evaluation.entities().get(EntityType.AGENCY));
  }

  @Test
  void nestedFieldsAndListsAreCompared() {
    JsonNode value = JsonMapper.builder().build().valueToTree(Map.of("key", "MOST",
        "office", Map.of("zh", "办公厅"), "issuers", List.of("MIIT", "NHC")));
    assertEquals(null, Evaluation.wrongFields(Map.of("office.zh", "办公厅", "issuers", "MIIT,NHC"), value));
    assertEquals("office.en: expected General Office, found null",
        Evaluation.wrongFields(Map.of("office.en", "General Office"), value));
    java.util.Map<String, String> absent = new java.util.HashMap<>();
    absent.put("count", null);
    assertEquals(null, Evaluation.wrongFields(absent, value));
    assertEquals("key: expected null, found MOST", Evaluation.wrongFields(java.util.Collections.singletonMap("key",
        null), value));
  }

  @Test
  void linkFindingsShowBothEnds() {
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 news
        the ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦商务部|AGENCY key=MOFCOM id=a2⟧)
        @link TRANSLATION a1 a2
        """).get(0);
    String text = passage.text();
    Entity commerce = at(text, "Ministry of Commerce", "MOFCOM");
    Entity chinese = at(text, "商务部", "MOFCOM");
    Link backwards = new Link(LinkType.TRANSLATION, chinese, commerce, 0.9);
    Evaluation evaluation = Evaluation.run(fixed(List.of(commerce, chinese), List.of(backwards)), List.of(passage));
    assertEquals(new Evaluation.Counts(1, 1, 0, 0, 0), evaluation.links().get(LinkType.TRANSLATION));
    assertEquals(List.of("false link 商务部 -> Ministry of Commerce", "missed link Ministry of Commerce -> 商务部"),
        evaluation.findings().stream().map(f -> f.kind() + " " + f.text()).toList());
  }

  private static Entity quantity(String text, String surface, Quantity value) {
    int start = text.indexOf(surface);
    return new Entity(EntityType.QUANTITY, new Span(start, start + surface.length()), surface,
        Evaluation.language(text, start, start + surface.length()), value, 0.9);
  }

  /**
   * A quantity is checked whole: a field the annotator leaves out must be absent; enumerations match in any case
   * and decimals by value; and the counts are also kept per language.
   */
  @Test
  void quantitiesAreCheckedWholeAndPerLanguage() {
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 mixed types=QUANTITY
        over ⟦492 robots per 10,000 employees|QUANTITY value=492 unit=robot per.value=10000 per.unit=employee⟧, ⟦six percent|QUANTITY value=6.0 unit=percent⟧, 产值⟦超过1.3万亿元|QUANTITY value=1300000000000 unit=CNY bound=gt⟧ and ⟦20%|QUANTITY value=20 unit=percent⟧
        """).get(0);
    String text = passage.text();
    Quantity robots = new Quantity(new BigDecimal(492), null, null, "robot", null, false,
        new Quantity.Per(new BigDecimal(10000), "employee"), null, false);
    Quantity percent = new Quantity(new BigDecimal(6), null, null, "percent", null, true, null, null, false);
    Quantity yuan = new Quantity(new BigDecimal("1.3E+12"), null, null, "CNY", Quantity.Bound.GT, false, null, null,
        false);
    Quantity twenty = Quantity.of(BigDecimal.valueOf(20), "percent");
    Evaluation evaluation = Evaluation.run(fixed(List.of(quantity(text, "492 robots per 10,000 employees", robots),
        quantity(text, "six percent", percent), quantity(text, "超过1.3万亿元", yuan), quantity(text, "20%", twenty)),
        List.of()), List.of(passage));
    // "six percent" is predicted approximate, which the gold does not say: a wrong value
    assertEquals(new Evaluation.Counts(4, 4, 4, 4, 3), evaluation.entities().get(EntityType.QUANTITY));
    assertEquals(List.of("wrong value six percent approx: expected null, found true"),
        evaluation.findings().stream().map(f -> f.kind() + " " + f.text() + " " + f.detail()).toList());
    Map<String, Evaluation.Counts> languages = evaluation.byLanguage().get(EntityType.QUANTITY);
    assertEquals(new Evaluation.Counts(3, 3, 3, 3, 2), languages.get("en"));
    assertEquals(new Evaluation.Counts(1, 1, 1, 1, 1), languages.get("zh"));
    assertEquals("zh", Evaluation.language("增长22.5%，", 2, 7));
    assertEquals("en", Evaluation.language("grew 22.5% in", 5, 10));
  }
}
