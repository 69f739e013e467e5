package org.sinoterm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymDefinitionsTest {

  @ParameterizedTest(name = "{1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      On Monday the Ministry of Industry and Information Technology (MIIT) said | MIIT | Ministry of Industry and Information Technology
      core technologies (including extracorporeal membrane oxygenation [ECMO] and more) | ECMO | extracorporeal membrane oxygenation
      the 14th Five-Year Plan (FYP) for robots | FYP | Five-Year Plan
      Rules for state-owned enterprises (SOEs) were tightened. | SOEs | state-owned enterprises
      A reply from MOFCOM (Ministry of Commerce) came later | MOFCOM | Ministry of Commerce
      the bureau (hereinafter referred to as BMEIB) said; earlier, the Beijing Municipal Economic and Information Bureau (BMEIB) | BMEIB | Beijing Municipal Economic and Information Bureau
      funds for science and technology (S&T) cooperation | S&T | science and technology
      """)
  void findsDefinitions(String text, String shortForm, String longForm) {
    List<AcronymDefinitions.Definition> found = AcronymDefinitions.find(text);
    assertEquals(1, found.size(), () -> "definitions in: " + text + " -> " + found);
    assertEquals(shortForm, found.get(0).shortForm(text));
    assertEquals(longForm, found.get(0).longForm(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Medical Equipment Industry Development Plan (Link)",
      "MIIT notice (CN); Reuters article (EN)",
      "covering the years (2018-2020) of the plan",
      "by elevating 6-8 companies (e.g. MedTech firms)",
      "an unclosed ( bracket with ABC",
      "Beijing's Pilot Free Trade Zone (北京自由贸易试验区)",
  })
  void findsNoDefinition(String text) {
    assertEquals(List.of(), AcronymDefinitions.find(text));
  }

  @Test
  void theShortFormMustAlignWithTheLongForm() {
    // XYZ cannot be spelt from the words before the bracket.
    assertTrue(AcronymDefinitions.find("the Ministry of Commerce (XYZ) said").isEmpty());
  }

  @Test
  void longRunsWithoutSpacesStayLinear() {
    String hostile = "a".repeat(200_000) + " (AB)".repeat(20_000);
    assertTrue(AcronymDefinitions.find(hostile).size() <= 20_000);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      core parts of ultrasound endoscopes (超声内镜) are imported | ultrasound endoscopes | 超声内镜 | false
      to become a "transportation superpower" (交通强国) by 2050 | transportation superpower | 交通强国 | false
      technologies such as 5G (第五代移动通信) | 5G | 第五代移动通信 | false
      发展超声内镜 (ultrasound endoscopes) | ultrasound endoscopes | 发展超声内镜 | true
      """)
  void findsGlosses(String text, String english, String chinese, boolean chineseFirst) {
    List<AcronymDefinitions.Gloss> found = AcronymDefinitions.glosses(text);
    assertEquals(1, found.size(), () -> "glosses in: " + text + " -> " + found);
    assertEquals(english, found.get(0).english(text));
    assertEquals(chinese, found.get(0).chinese(text));
    assertEquals(chineseFirst, found.get(0).chineseFirst());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "14th Five-Year Plan for Medical Equipment (十部门关于印发《\"十四五\"医疗装备产业发展规划》的通知)",
      "MIIT notice (CN); Reuters article (EN)",
      "a note (in brackets) and (2021年)",
  })
  void findsNoGloss(String text) {
    assertEquals(List.of(), AcronymDefinitions.glosses(text));
  }

  @Test
  void paraphrasesAreFoundOnlyWhenAsked() {
    String text = "surgical robots, laboratory-wide automated test and analysis pipeline (TLA).";
    assertEquals(List.of(), AcronymDefinitions.find(text));
    List<AcronymDefinitions.Definition> found = AcronymDefinitions.find(text, true);
    assertEquals(1, found.size());
    assertEquals("laboratory-wide automated test and analysis pipeline", found.get(0).longForm(text));
    assertTrue(!found.get(0).aligned());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ministry of Industry and Information Technology | AGENCY
      Beijing Municipal Economic and Information Bureau | AGENCY
      extracorporeal membrane oxygenation | TECHNOLOGY
      Internet of Things | TECHNOLOGY
      high-precision real-time inspection system | TECHNOLOGY
      ultrasound endoscopes | TECHNOLOGY
      China International Import Expo | NAME
      Semiconductor Manufacturing International Corporation | NAME
      Five-Year Plan | NAME
      state-owned enterprises | TERM
      research and development | TERM
      compound annual growth rate | TERM
      """)
  void headWordsSayWhatALongFormNames(String longForm, HeadWords.Kind kind) {
    assertEquals(kind, HeadWords.ofLongForm(longForm));
  }

  /** Found by fuzzing: a bracket holding only "the " made the lead-word skip run past the bracket's end. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `the Ministry of Commerce (the )`
      `MIIT (the )`
      `MIIT (the  )`
      `a ministry (hereinafter )`
      `a ministry (or)`
      """)
  void aBracketWithOnlyALeadWordIsNoDefinition(String text) {
    assertEquals(List.of(), AcronymDefinitions.find(text, true));
  }
}
