package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
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
}
