package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Span;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.glossary.Glossary;

/** The nesting of crossing and nested entity spans into fragments, and the page built from them; no browser. */
class EntityNestingTest {

  private static Entity term(String text, int start, int end) {
    return new Entity(EntityType.TERM, Span.of(start, end), text.substring(start, end), Entity.EN,
        new TermRef(text.substring(start, end), null, null), 0.5);
  }

  private static Entity technology(String text, int start, int end) {
    return new Entity(EntityType.TECHNOLOGY, Span.of(start, end), text.substring(start, end), Entity.EN,
        new TechnologyRef(null, text.substring(start, end), null, null, null), 0.5);
  }

  private static Entity agency(String text, int start, int end) {
    return new Entity(EntityType.AGENCY, Span.of(start, end), text.substring(start, end), Entity.EN,
        new AgencyRef(null, null, text.substring(start, end), null, null, null, null, null), 0.5);
  }

  /** The steps as a string: {@code <0>abc<1>de</></><1>fgh</>}, entities by index. */
  private static String show(String text, List<EntityNesting.Step> steps) {
    StringBuilder out = new StringBuilder();
    for (EntityNesting.Step step : steps) {
      if (step instanceof EntityNesting.Open open) {
        out.append('<').append(open.fragment().entity()).append('>');
      } else if (step instanceof EntityNesting.Text t) {
        out.append(text, t.start(), t.end());
      } else {
        out.append("</>");
      }
    }
    return out.toString();
  }

  @Test
  void crossingSpansAreSplitAndReopened() {
    String text = "abcdefgh";
    List<Entity> entities = List.of(technology(text, 0, 5), term(text, 3, 8));
    assertEquals("<0>abc<1>de</></><1>fgh</>", show(text, EntityNesting.walk(text.length(), entities)));
  }

  /** A golden table: spans (start-end, in list order), and the nesting they give. */
  @Test
  void goldenNestings() {
    String text = "0123456789";
    String[][] cases = {
        // nested: the outer one first, whatever the list order
        {"2-5 0-9", "<1>01<0>234</>5678</>9"},
        // equal spans: by type order (AGENCY before TECHNOLOGY before TERM)
        {"a2-5 t2-5", "01<0><1>234</></>56789"},
        // three crossing in a chain
        {"0-4 2-6 5-8", "<0>01<1>23</></><1>4<2>5</></><2>67</>89"},
        // touching spans do not nest
        {"0-3 3-6", "<0>012</><1>345</>6789"},
        // an entity crossing a nested pair: the inner one is reopened too
        {"0-6 1-3 2-8", "<0>0<1>1<2>2</></><2>345</></><2>67</>89"},
    };
    for (String[] c : cases) {
      List<Entity> entities = new ArrayList<>();
      for (String span : c[0].split(" ")) {
        char kind = Character.isLetter(span.charAt(0)) ? span.charAt(0) : 'x';
        String[] se = span.replaceAll("[a-z]", "").split("-");
        int start = Integer.parseInt(se[0]);
        int end = Integer.parseInt(se[1]);
        entities.add(kind == 'a' ? agency(text, start, end) : kind == 't' ? technology(text, start, end)
            : term(text, start, end));
      }
      assertEquals(c[1], show(text, EntityNesting.walk(text.length(), entities)), c[0]);
    }
  }

  @Test
  void randomSpansNestProperlyAndEveryEntityKeepsItsText() {
    Random random = new Random(17);
    for (int trial = 0; trial < 2000; trial++) {
      int length = 1 + random.nextInt(40);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      String text = sb.toString();
      List<Entity> entities = new ArrayList<>();
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        int start = random.nextInt(length);
        int end = start + 1 + random.nextInt(length - start);
        entities.add(random.nextBoolean() ? term(text, start, end) : technology(text, start, end));
      }
      List<EntityNesting.Step> steps = EntityNesting.walk(text.length(), entities);
      Deque<EntityNesting.Fragment> open = new ArrayDeque<>();
      Map<Integer, StringBuilder> joined = new HashMap<>();
      StringBuilder all = new StringBuilder();
      for (EntityNesting.Step step : steps) {
        if (step instanceof EntityNesting.Open o) {
          assertEquals(open.size(), o.fragment().depth(), "depth, trial " + trial);
          open.push(o.fragment());
          joined.computeIfAbsent(o.fragment().entity(), i -> new StringBuilder());
        } else if (step instanceof EntityNesting.Text t) {
          all.append(text, t.start(), t.end());
          for (EntityNesting.Fragment f : open) {
            assertTrue(f.start() <= t.start() && t.end() <= f.end(), "text outside its fragment, trial " + trial);
            joined.get(f.entity()).append(text, t.start(), t.end());
          }
        } else {
          assertFalse(open.isEmpty(), "a close without an open, trial " + trial);
          open.pop();
        }
      }
      assertTrue(open.isEmpty(), "unclosed fragments, trial " + trial);
      assertEquals(text, all.toString());
      for (int i = 0; i < entities.size(); i++) {
        assertEquals(entities.get(i).text(), joined.get(i).toString(), "entity " + i + ", trial " + trial);
      }
    }
  }

  @Test
  void emptyAndOutOfRangeSpansAreLeftOut() {
    String text = "abc";
    Entity outside = new Entity(EntityType.TERM, Span.of(2, 9), "c", Entity.EN, new TermRef("c", null, null), 0.5);
    assertEquals("abc", show(text, EntityNesting.walk(text.length(), List.of(outside))));
    assertEquals("", show("", EntityNesting.walk(0, List.of())));
  }

  private static final Pattern TAG = Pattern.compile("<mark ([^>]*)>|</mark>|<[^>]*>|[^<]+");
  private static final Pattern DATA_ID = Pattern.compile("data-id=\"([^\"]+)\"");

  /** The page's text: marks nest, each entity's fragments carry its id and type and join to its text. */
  @Test
  void thePageNestsCrossingEntities() {
    String text = "The industrial internet platform security rules of MIIT\nsecond line </script><!-- & \"q\"";
    int platform = text.indexOf("platform");
    List<Entity> entities = List.of(technology(text, 4, platform + "platform".length()),
        term(text, platform, text.indexOf(" rules")), agency(text, text.indexOf("MIIT"), text.indexOf("MIIT") + 4));
    Extraction extraction = new Extraction(text, entities, List.of());
    String page = ReportPage.render(List.of(new ReportPage.Document("crossing.txt", extraction,
        Glossary.of("crossing.txt", extraction))), "sinoterm test");
    int start = page.indexOf("<div class=\"text\">") + "<div class=\"text\">".length();
    int end = page.indexOf("</div>", start);
    Deque<String> open = new ArrayDeque<>();
    Map<String, StringBuilder> joined = new HashMap<>();
    Map<String, Integer> fragments = new HashMap<>();
    StringBuilder all = new StringBuilder();
    Matcher m = TAG.matcher(page.substring(start, end));
    while (m.find()) {
      if (m.group(1) != null) {
        Matcher id = DATA_ID.matcher(m.group(1));
        assertTrue(id.find(), m.group());
        open.push(id.group(1));
        joined.computeIfAbsent(id.group(1), k -> new StringBuilder());
        fragments.merge(id.group(1), 1, Integer::sum);
      } else if (m.group().equals("</mark>")) {
        open.pop();
      } else {
        assertFalse(m.group().startsWith("<"), "unexpected tag " + m.group());
        String piece = StringEscapeUtils.unescapeHtml4(m.group());
        all.append(piece);
        open.forEach(id -> joined.get(id).append(piece));
      }
    }
    assertTrue(open.isEmpty());
    assertEquals(text, all.toString()); // line breaks and markup-like text kept, as text
    assertEquals("industrial internet platform", joined.get("d1-e1").toString());
    assertEquals("platform security", joined.get("d1-e2").toString());
    assertEquals("MIIT", joined.get("d1-e3").toString());
    assertEquals(2, fragments.get("d1-e2")); // the TERM crosses the TECHNOLOGY: two fragments
    assertEquals(1, fragments.get("d1-e1"));
    assertTrue(page.contains("class=\"ent t-TERM first b0\" data-id=\"d1-e2\""), page);
    assertTrue(page.contains("class=\"ent t-TERM last b0\" data-id=\"d1-e2\""), page); // the continuation
    assertTrue(page.contains("class=\"ent t-TECHNOLOGY first last b1\" data-id=\"d1-e1\""), page);
    // The embedded JSON cannot end its script element, and nothing is loaded from elsewhere.
    int data = page.indexOf("<script type=\"application/json\" id=\"sinoterm-data\">");
    String json = page.substring(data, page.indexOf("</script>", data));
    assertTrue(json.contains("\\u003c/script>\\u003c!--"), json);
    assertFalse(page.contains("http:") || page.contains("https:") || page.contains("src="), "an external reference");
    assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
  }

  @Test
  void theTooltipHasEveryFieldAndTheConfidence() {
    String text = "MIIT";
    Entity miit = new Entity(EntityType.AGENCY, Span.of(0, 4), "MIIT", Entity.EN, new AgencyRef("MIIT", "MIIT",
        "Ministry of Industry and Information Technology", "工业和信息化部", null, null, null,
        new AgencyRef.Office("General Office", "办公厅")), 0.99);
    assertEquals("AGENCY (en): key MIIT · acronym MIIT · en Ministry of Industry and Information Technology · zh "
        + "工业和信息化部 · office.en General Office · office.zh 办公厅 · confidence 0.99", ReportPage.tooltip(miit));
  }
}
