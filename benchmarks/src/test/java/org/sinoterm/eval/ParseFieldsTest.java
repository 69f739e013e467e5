package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinoterm.DocumentType;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.PolicyRef;
import org.sinoterm.Span;

/** Parse-field accuracy of POLICY_TITLE and the links by the type they start from, checked by hand. */
class ParseFieldsTest {

  private static final String MARKUP = """
      === p1 merics-block types=POLICY_TITLE,AGENCY
      Article: ⟦14th Five-Year Plan for Medical Equipment|POLICY_TITLE lang=en docType=PLAN period.start=2021 period.end=2025 fyp=14 id=e1⟧ (⟦⟦十部门|AGENCY count=10 id=c1⟧关于印发《“十四五”医疗装备产业发展规划》的通知|POLICY_TITLE lang=zh docType=PLAN wrapperType=NOTICE period.start=2021 period.end=2025 fyp=14 issuerCount=10 core="十四五"医疗装备产业发展规划 id=z1⟧)
      Issuing body: ⟦MIIT|AGENCY key=MIIT id=b1⟧ and the ⟦Ministry of Commerce|AGENCY key=MOFCOM id=m1⟧ (⟦商务部|AGENCY key=MOFCOM id=m2⟧)
      @link TRANSLATION e1 z1
      @link TRANSLATION m1 m2
      @link ISSUED_BY z1 c1
      @link ISSUED_BY e1 b1
      """;

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
        return Set.of(EntityType.POLICY_TITLE, EntityType.AGENCY);
      }
    };
  }

  private static Entity title(String text, String surface, String lang, PolicyRef ref) {
    int start = text.indexOf(surface);
    return new Entity(EntityType.POLICY_TITLE, new Span(start, start + surface.length()), surface, lang, ref, 0.9);
  }

  private static Entity body(String text, String surface, org.sinoterm.AgencyRef ref) {
    int start = text.indexOf(surface);
    return new Entity(EntityType.AGENCY, new Span(start, start + surface.length()), surface, "en", ref, 0.9);
  }

  @Test
  void countsEachFieldOverExactMatchesAndLinksByTheirFirstEntity() {
    Passage passage = CorpusMarkup.parse("t.txt", MARKUP).get(0);
    String text = passage.text();
    PolicyRef.Period years = new PolicyRef.Period(2021, 2025);
    // English: fyp wrong (13). Chinese: everything right but the core, and a spurious draft flag.
    Entity en = title(text, "14th Five-Year Plan for Medical Equipment", "en", new PolicyRef("en",
        "14th Five-Year Plan for Medical Equipment", DocumentType.PLAN, null, years, 13, false, null, List.of(), null,
        List.of(), null, null, null));
    Entity zh = title(text, "十部门关于印发《“十四五”医疗装备产业发展规划》的通知", "zh", new PolicyRef("zh", "医疗装备产业发展规划",
        DocumentType.PLAN, DocumentType.NOTICE, years, 14, true, null, List.of(), 10, List.of(), null, null, null));
    Entity ten = body(text, "十部门", new org.sinoterm.AgencyRef(null, null, null, null, null, null, 10, null));
    Entity miit = body(text, "MIIT", new org.sinoterm.AgencyRef("MIIT", null, null, null, null, null, null, null));
    Entity commerce = body(text, "Ministry of Commerce",
        new org.sinoterm.AgencyRef("MOFCOM", null, null, null, null, null, null, null));
    Entity shangwubu = body(text, "商务部", new org.sinoterm.AgencyRef("MOFCOM", null, null, null, null, null, null, null));
    List<Link> links = List.of(new Link(LinkType.TRANSLATION, en, zh, 0.9),
        new Link(LinkType.TRANSLATION, commerce, shangwubu, 0.9),
        new Link(LinkType.ISSUED_BY, zh, ten, 0.9), new Link(LinkType.ISSUED_BY, zh, miit, 0.9));
    Evaluation evaluation = Evaluation.run(fixed(List.of(en, zh, ten, miit, commerce, shangwubu), links),
        List.of(passage));

    Map<String, ParseFields.Tally> all = evaluation.parseFields().of(EntityType.POLICY_TITLE).get("all");
    assertEquals(new ParseFields.Tally(1, 2), all.get("fyp"));
    assertEquals(new ParseFields.Tally(1, 2), all.get("draft"));
    assertEquals(new ParseFields.Tally(2, 2), all.get("docType"));
    assertEquals(new ParseFields.Tally(2, 2), all.get("issuers"));          // empty lists are absent
    assertEquals(new ParseFields.Tally(0, 1), all.get("core"));             // written on the Chinese title only
    assertEquals(new ParseFields.Tally(0, 1),
        evaluation.parseFields().of(EntityType.POLICY_TITLE).get("en").get("fyp"));
    assertEquals(new ParseFields.Tally(1, 1),
        evaluation.parseFields().of(EntityType.POLICY_TITLE).get("zh").get("fyp"));
    // both parses are wrong somewhere, so no value is right as a whole
    assertEquals(new Evaluation.Counts(2, 2, 2, 2, 0), evaluation.entities().get(EntityType.POLICY_TITLE));

    Map<LinkType, Map<EntityType, Evaluation.Counts>> byType = evaluation.linksByEntityType();
    assertEquals(new Evaluation.Counts(1, 1, 1, 1, 1), byType.get(LinkType.TRANSLATION).get(EntityType.POLICY_TITLE));
    assertEquals(new Evaluation.Counts(1, 1, 1, 1, 1), byType.get(LinkType.TRANSLATION).get(EntityType.AGENCY));
    // ISSUED_BY: z1 -> 十部门 right; z1 -> MIIT false; e1 -> MIIT missed
    assertEquals(new Evaluation.Counts(2, 2, 1, 1, 1), byType.get(LinkType.ISSUED_BY).get(EntityType.POLICY_TITLE));
  }

  @Test
  void aPolicyTitleCountsInTheLanguageItIsWrittenIn() {
    String text = "《交通强国建设纲要》（Outline for Building China's Strength in Transport）";
    int en = text.indexOf("Outline");
    assertEquals("en", Evaluation.languageOf(EntityType.POLICY_TITLE, text, en, text.length() - 1));
    assertEquals("zh", Evaluation.languageOf(EntityType.AGENCY, text, en, text.length() - 1));
    assertEquals("zh", Evaluation.languageOf(EntityType.POLICY_TITLE, text, 1, 8));
  }
}
