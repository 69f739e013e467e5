package org.sinoterm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Sinoterm;
import org.sinoterm.TermRef;

/**
 * Golden TERM pairs: a passage (written for this test), the English and Chinese TERM entities it must have (as
 * text of the passage) and the least score of their TRANSLATION link; and passages that must have no TERM.
 */
class ParentheticalTermsTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.AGENCY, EntityType.TERM).build();

  /** passage | English entity | Chinese entity | least link score. */
  private static final String PAIRS = """
      By 2050 planners want the country to be a “transportation superpower” (交通强国) with dense rail links. | transportation superpower | 交通强国 | 0.8
      The “Two Zones” (两区) were announced by the State Council in September. | Two Zones | 两区 | 0.8
      One of them is Beijing’s Pilot Free Trade Zone (北京自由贸易试验区), which opened in 2020. | Beijing’s Pilot Free Trade Zone | 北京自由贸易试验区 | 0.8
      The other is the National Service Industry Expansion and Opening Comprehensive Demonstration Zone (国家服务业扩大开放综合示范区). | National Service Industry Expansion and Opening Comprehensive Demonstration Zone | 国家服务业扩大开放综合示范区 | 0.8
      Hubble put money into the design-software maker Rainbow Simulation Technologies (无锡飞谱电子信息有限公司) last week. | Rainbow Simulation Technologies | 无锡飞谱电子信息有限公司 | 0.0
      Officials promised more support for the digital economy (数字经济) in the capital. | digital economy | 数字经济 | 0.8
      Local governments must build a dual circulation（双循环）development pattern. | dual circulation | 双循环 | 0.8
      数字经济 (digital economy) and 双碳 (dual carbon) recur in the speech. | digital economy | 数字经济 | 0.8
      The plant in Hefei (合肥) makes scanners. | Hefei | 合肥 | 0.8
      """;

  /** Passages with brackets that are not TERM pairs. */
  private static final String NONE = """
      The Ministry of Commerce (商务部) and the State Council (国务院) signed it.
      Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知) (Link)
      Policy name: Work Plan for the Construction of "Two Zones" in the Field of Digital Economy (数字经济领域“两区”建设工作方案) (Link)
      Policy name: Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments) (医疗装备产业发展规划(2021-2025年)(征求意见稿) (Link)
      The MIIT issues a notice on 5G services (MIIT notice (CN)).
      Investment reached CNY 1.3 trillion (1.3万亿元) last year.
      The weather was fine (天气很好) on Monday.
      交通强国（Link）
      """;

  static Stream<String> pairs() {
    return PAIRS.lines().filter(line -> !line.isBlank());
  }

  static Stream<String> none() {
    return NONE.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void pairIsFoundAndLinked(String row) {
    String[] f = row.split(" \\| ", -1);
    String passage = f[0].strip();
    Extraction extraction = EXTRACTOR.extract(passage);
    List<Entity> terms = extraction.entities().stream().filter(e -> e.type() == EntityType.TERM).toList();
    Entity english = terms.stream().filter(e -> e.text().equals(f[1].strip())).findFirst()
        .orElseThrow(() -> new AssertionError("no English TERM '" + f[1].strip() + "' in " + terms));
    Entity chinese = terms.stream().filter(e -> e.text().equals(f[2].strip())).findFirst()
        .orElseThrow(() -> new AssertionError("no Chinese TERM '" + f[2].strip() + "' in " + terms));
    assertEquals(Entity.EN, english.lang());
    assertEquals(Entity.ZH, chinese.lang());
    assertEquals(passage.substring(english.start(), english.end()), english.text());
    TermRef value = english.normalized(TermRef.class);
    assertEquals(value, chinese.normalized(TermRef.class));
    assertEquals(f[2].strip(), value.zh());
    Link link = extraction.links().stream()
        .filter(l -> l.type() == LinkType.TRANSLATION && l.from().equals(english) && l.to().equals(chinese))
        .findFirst().orElseThrow(() -> new AssertionError("no TRANSLATION link in " + extraction.links()));
    assertTrue(link.score() >= Double.parseDouble(f[3].strip()), "link score " + link.score());
    assertEquals(link.score(), value.score(), 1e-9);
  }

  @ParameterizedTest
  @MethodSource("none")
  void noTerm(String passage) {
    List<Entity> terms = EXTRACTOR.extract(passage).entities().stream()
        .filter(e -> e.type() == EntityType.TERM).toList();
    assertTrue(terms.isEmpty(), "unexpected TERMs " + terms);
  }

  @Test
  void agencyPairsStayAgencies() {
    Extraction extraction = EXTRACTOR.extract("The Ministry of Commerce (商务部) approved it.");
    assertTrue(extraction.links().stream().anyMatch(l -> l.type() == LinkType.TRANSLATION
        && l.from().type() == EntityType.AGENCY));
  }

  @Test
  void originalOffsetsAfterNormalization() {
    String passage = "Ｔｈｅ “Ｔｗｏ Ｚｏｎｅｓ”（兩區） were announced.";
    Extraction extraction = EXTRACTOR.extract(passage);
    List<Entity> terms = extraction.entities().stream().filter(e -> e.type() == EntityType.TERM).toList();
    assertEquals(2, terms.size(), terms.toString());
    for (Entity term : terms) {
      assertEquals(passage.substring(term.start(), term.end()), term.text());
    }
    assertEquals("兩區", terms.get(1).text());
    assertEquals("两区", terms.get(1).normalized(TermRef.class).zh());
  }
}
