package org.sinoterm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinoterm.AgencyLevel;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.LinkType;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;

/** The rules of concept identity, on extractions made by hand so that each rule is tested alone. */
class ConceptRulesTest {

  private static AgencyRef body(String key, String acronym, String en, String zh) {
    return new AgencyRef(key, acronym, en, zh, AgencyLevel.CONSTITUENT_DEPARTMENT, null, null, null);
  }

  private static TermRef term(String en, String zh) {
    return new TermRef(en, zh, 0.9);
  }

  /** A wrong link between two dictionary bodies does not merge them; each stays its own entry. */
  @Test
  void aLinkNeverJoinsTwoDictionaryConcepts() {
    Passage p = new Passage("MOFCOM (商务部) and MOST (科学技术部)");
    Entity mofcom = p.entity("MOFCOM", EntityType.AGENCY, body("MOFCOM", "MOFCOM", "Ministry of Commerce", "商务部"));
    Entity most = p.entity("科学技术部", EntityType.AGENCY, body("MOST", "MOST", "Ministry of Science and Technology",
        "科学技术部"));
    Glossary glossary = Glossary.of("x", p.link(LinkType.TRANSLATION, mofcom, most, 0.9).extraction());
    assertEquals(List.of("MOFCOM", "MOST"), glossary.entries().stream().map(GlossaryEntry::key).sorted().toList());
  }

  /** Nor does a link between two entity types. */
  @Test
  void aLinkNeverJoinsTwoTypes() {
    Passage p = new Passage("smart grid (智能电网)");
    Entity en = p.entity("smart grid", EntityType.TERM, term("smart grid", null));
    Entity zh = p.entity("智能电网", EntityType.TECHNOLOGY, new TechnologyRef(null, null, "智能电网", null, null));
    Glossary glossary = Glossary.of("x", p.link(LinkType.TRANSLATION, en, zh, 0.9).extraction());
    assertEquals(List.of(), glossary.entries());
  }

  /** Written forms meet across documents whatever their case, width, number, hyphens and characters. */
  @Test
  void formsMeetAcrossCaseWidthPluralAndTraditionalCharacters() {
    Passage first = new Passage("state-owned enterprise (国有企业)");
    Entity en1 = first.entity("state-owned enterprise", EntityType.TERM, term("state-owned enterprise", "国有企业"));
    Entity zh1 = first.entity("国有企业", EntityType.TERM, term("state-owned enterprise", "国有企业"));
    first.link(LinkType.TRANSLATION, en1, zh1, 0.95);
    Passage second = new Passage("ＳＴＡＴＥ Owned Enterprises (國有企業)");
    Entity en2 = second.entity("ＳＴＡＴＥ Owned Enterprises", EntityType.TERM, term("STATE Owned Enterprises", "國有企業"));
    Entity zh2 = second.entity("國有企業", EntityType.TERM, term("STATE Owned Enterprises", "國有企業"));
    second.link(LinkType.TRANSLATION, en2, zh2, 0.95);
    Glossary glossary = Glossary.builder().add("1", first.extraction()).add("2", second.extraction()).build();
    assertEquals(1, glossary.entries().size(), glossary.entries()::toString);
    GlossaryEntry entry = glossary.entries().get(0);
    assertEquals("TERM - | state-owned enterprise/FULL_FORM/2 | 国有企业/FULL_FORM/2 | 4 | 1 2",
        GlossaryBuilderTest.row(entry));
  }

  /** An acronym the text defines for an English-only term makes an entry: the text links the two forms. */
  @Test
  void aDefinedAcronymMakesAnEntryWithoutChinese() {
    Passage p = new Passage("carbon capture and storage (CCS) and more CCS");
    Entity longForm = p.entity("carbon capture and storage", EntityType.TERM, term("carbon capture and storage", null));
    Entity acronym = p.entity("CCS", EntityType.TERM, term("carbon capture and storage", null));
    p.entity("CCS", EntityType.TERM, term("carbon capture and storage", null));
    Extraction linked = p.link(LinkType.ABBREVIATION, acronym, longForm, 0.96).extraction();
    assertEquals(List.of("TERM - | carbon capture and storage/FULL_FORM/1; CCS/ACRONYM/2 | - | 3 | x"),
        Glossary.of("x", linked).entries().stream().map(GlossaryBuilderTest::row).toList());
    Passage unlinked = new Passage("carbon capture and storage");
    unlinked.entity("carbon capture and storage", EntityType.TERM, term("carbon capture and storage", null));
    assertEquals(List.of(), Glossary.of("x", unlinked.extraction()).entries());
  }

  /** A short form the text defines is a short form; a body's office is not its body. */
  @Test
  void shortFormsAndOffices() {
    Passage p = new Passage("the Action Plan for Clean Air (the Action Plan) and 科技部办公厅");
    Entity full = p.entity("Action Plan for Clean Air", EntityType.TERM, term("Action Plan for Clean Air", null));
    Entity shortForm = p.entity("Action Plan", EntityType.TERM, term("Action Plan for Clean Air", null));
    p.entity("科技部办公厅", EntityType.AGENCY, body("MOST", "MOST", "Ministry of Science and Technology", "科学技术部")
        .withOffice(new AgencyRef.Office("General Office", "办公厅")));
    Glossary glossary = Glossary.of("x", p.link(LinkType.ABBREVIATION, shortForm, full, 0.9).extraction());
    assertEquals(List.of("TERM - | Action Plan for Clean Air/FULL_FORM/1; Action Plan/SHORT_FORM/1 | - | 2 | x"),
        glossary.entries().stream().map(GlossaryBuilderTest::row).toList());
  }

  @Test
  void acronymShapes() {
    for (String acronym : List.of("MIIT", "SOEs", "5G", "PET-CT", "R&D")) {
      assertTrue(GlossaryBuilder.looksLikeAcronym(acronym), acronym);
    }
    for (String word : List.of("Hefei", "digital economy", "AI chips", "ecmo")) {
      assertTrue(!GlossaryBuilder.looksLikeAcronym(word), word);
    }
  }

  /** Regression: a context never ends or starts inside a word or a surrogate pair, and hostile text is cleaned. */
  @Test
  void contexts() {
    String text = "First sentence here. The MIIT\u0000 said\u2028so.\nNext line";
    int at = text.indexOf("MIIT");
    assertEquals("The MIIT said so.", Contexts.of(text, at, at + 4));
    String long1 = "x".repeat(100) + " alpha MIIT beta " + "y".repeat(100);
    int m = long1.indexOf("MIIT");
    assertEquals("…alpha MIIT beta…", Contexts.of(long1, m, m + 4));
    String emoji = "\uD83D\uDE00".repeat(40) + "MIIT" + "\uD83D\uDE00".repeat(40);
    String context = Contexts.of(emoji, 80, 84);
    assertTrue(context.contains("MIIT"));
    for (int i = 0; i < context.length(); i++) {
      char c = context.charAt(i);
      assertTrue(!Character.isSurrogate(c) || (Character.isHighSurrogate(c) && Character.isLowSurrogate(
          context.charAt(i + 1))) || Character.isHighSurrogate(context.charAt(i - 1)), context);
    }
    assertEquals("a " + "z".repeat(Contexts.MAX_MENTION) + "…", Contexts.of("a " + "z".repeat(1000), 2, 1002));
  }
}
