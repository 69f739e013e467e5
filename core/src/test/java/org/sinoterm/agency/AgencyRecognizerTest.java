package org.sinoterm.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.AgencyLevel;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Sinoterm;

/**
 * Golden cases for government bodies. Each row gives an input and every AGENCY entity expected in it, in order,
 * as {@code surface=KEY}: {@code -} for a body with no key, {@code count:N} for a collective issuer. Each surface
 * is looked up after the previous one ({@code surface#2} for its second occurrence), so its offsets are checked
 * too.
 */
class AgencyRecognizerTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.AGENCY).build();

  private static String describe(Entity entity) {
    AgencyRef ref = entity.normalized(AgencyRef.class);
    String value = ref.count() != null ? "count:" + ref.count() : ref.key() == null ? "-" : ref.key();
    return entity.text() + "@" + entity.start() + "=" + value;
  }

  private static List<String> expected(String input, String expected) {
    List<String> result = new ArrayList<>();
    if (expected == null || expected.isBlank()) {
      return result;
    }
    int from = 0;
    for (String item : expected.split(";")) {
      String trimmed = item.strip();
      int eq = trimmed.lastIndexOf('=');
      String surface = trimmed.substring(0, eq);
      int occurrence = 1;
      int hash = surface.lastIndexOf('#');
      if (hash > 0) {
        occurrence = Integer.parseInt(surface.substring(hash + 1));
        surface = surface.substring(0, hash);
      }
      int at = input.indexOf(surface, from);
      for (int n = 1; n < occurrence && at >= 0; n++) {
        at = input.indexOf(surface, at + 1);
      }
      String found = surface;
      int after = from;
      assertTrue(at >= 0, () -> "the table is wrong: '" + found + "' is not in the input after " + after);
      result.add(surface + "@" + at + "=" + trimmed.substring(eq + 1));
      from = at + 1;
    }
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Issuing bodies: MIIT; NHC; NDRC; MOST; MOF; SASAC; SAMR; NHSA; SATCM; NMPA | MIIT=MIIT; NHC=NHC; NDRC=NDRC; MOST=MOST; MOF=MOF; SASAC=SASAC; SAMR=SAMR; NHSA=NHSA; SATCM=NATCM; NMPA=NMPA
      **Issuing bodies:** MIIT, NDRC, MOST, MPS, MCA, etc.   | MIIT=MIIT; NDRC=NDRC; MOST=MOST; MPS=MPS; MCA=MCA
      Issuing body: Beijing Municipal Economic and Information Bureau Date: February 18, 2021 | Beijing Municipal Economic and Information Bureau=-
      Issuing bodies: MIIT; Xyz Provincial Office of Foo      | MIIT=MIIT; Xyz Provincial Office of Foo=-
      On Monday the Ministry of Industry and Information Technology (MIIT) and 14 other bodies met. | Ministry of Industry and Information Technology=MIIT; MIIT=MIIT
      十部门关于印发《"十四五"医疗装备产业发展规划》的通知      | 十部门=count:10
      工业和信息化部等十五部门关于印发的通知                   | 工业和信息化部=MIIT; 十五部门=count:15
      三部委关于印发环保装备制造业高质量发展行动计划的通知     | 三部委=count:3
      第三部门和一个部门                                      |
      科技部办公厅关于营造更好环境支持科技型中小企业研发的通知 | 科技部办公厅=MOST
      国务院办公厅关于印发                                    | 国务院办公厅=STATE_COUNCIL
      中共中央 国务院关于全面推进乡村振兴的意见               | 中共中央=CCP_CENTRAL_COMMITTEE; 国务院=STATE_COUNCIL
      Most analysts agree that most bodies defer to MOST.     | MOST=MOST
      MOST IMPORTANT TAKEAWAYS FROM THE PLENUM                |
      2. MOST overhauls institutional setup to promote SMEs   | MOST=MOST
      SAIC Motor and GAC Motor reported sales; SAIC sold more. |
      SAIC-GM and GAC-Toyota sell cars                        |
      They signed an NDA last year.                           |
      the General Administration of Customs said the GAC would check | General Administration of Customs=GACC; GAC=GACC
      Japan's Ministry of Finance met China's Ministry of Finance | Ministry of Finance#2=MOF
      各地民政部门和财政部门要落实                              |
      北京市发改委和国家发展改革委                              | 北京市发改委=-; 国家发展改革委=NDRC
      The CFDA was replaced by the NMPA in 2018.              | CFDA=CFDA; NMPA=NMPA
      國務院辦公廳關於印發                                      | 國務院辦公廳=STATE_COUNCIL
      （ＭＩＩＴ）发布                                          | ＭＩＩＴ=MIIT
      the Ministry of Commerce of the People's Republic of China | Ministry of Commerce of the People's Republic of China=MOFCOM
      中华人民共和国商务部令                                    | 中华人民共和国商务部=MOFCOM
      Shenzhen Municipal Industrial and Information Technology Bureau said | Shenzhen Municipal Industrial and Information Technology Bureau=-
      北京市经济和信息化局关于印发                              | 北京市经济和信息化局=-
      欧洲央行 and 央行 both met                                | 央行#2=PBOC
      the General Office of the State Council issued it       | General Office of the State Council=STATE_COUNCIL
      """)
  void recognizes(String input, String expected) {
    Extraction extraction = EXTRACTOR.extract(input);
    assertEquals(expected(input, expected), extraction.entities().stream().map(AgencyRecognizerTest::describe)
        .toList());
  }

  @Test
  void namesWrappedAcrossLinesAreFound() {
    String text = "The National Medical Products\nAdministration and the Guangdong Provincial Department of "
        + "Science and\r\nTechnology met.";
    assertEquals(List.of("National Medical Products\nAdministration@4=NMPA",
        "Guangdong Provincial Department of Science and\r\nTechnology@" + text.indexOf("Guangdong") + "=-"),
        EXTRACTOR.extract(text).entities().stream().map(AgencyRecognizerTest::describe).toList());
  }

  @Test
  void officesAreNamedInTheValue() {
    Extraction extraction = EXTRACTOR.extract("科技部办公厅和工业和信息化部装备工业一司");
    AgencyRef general = extraction.entities().get(0).normalized(AgencyRef.class);
    assertEquals(new AgencyRef.Office("General Office", "办公厅"), general.office());
    AgencyRef department = extraction.entities().get(1).normalized(AgencyRef.class);
    assertEquals("MIIT", department.key());
    assertEquals(new AgencyRef.Office(null, "装备工业一司"), department.office());
  }

  @Test
  void normalizesToTheFullNamesInBothLanguages() {
    AgencyRef miit = EXTRACTOR.extract("工信部").entities().get(0).normalized(AgencyRef.class);
    assertEquals("MIIT", miit.acronym());
    assertEquals("Ministry of Industry and Information Technology", miit.en());
    assertEquals("工业和信息化部", miit.zh());
    assertEquals(AgencyLevel.CONSTITUENT_DEPARTMENT, miit.level());
    assertEquals(null, miit.successor());
  }

  @Test
  void formerBodiesNameTheirSuccessor() {
    AgencyRef cfda = EXTRACTOR.extract("CFDA").entities().get(0).normalized(AgencyRef.class);
    assertEquals("CFDA", cfda.key());
    assertNotNull(cfda.successor());
  }

  @Test
  void definitionsLinkShortAndLongForms() {
    Extraction extraction = EXTRACTOR.extract("The Ministry of Industry and Information Technology (MIIT) said.");
    assertEquals(1, extraction.links().size());
    Link link = extraction.links().get(0);
    assertEquals(LinkType.ABBREVIATION, link.type());
    assertEquals("MIIT", link.from().text());
    assertEquals("Ministry of Industry and Information Technology", link.to().text());
  }

  @Test
  void anAcronymDefinedInTheTextIsRecognizedAtLaterMentions() {
    String text = "The Beijing Municipal Economic and Information Bureau (BMEIB) issued rules. Later the BMEIB "
        + "revised them, and an BMEIB-led team checked.";
    Extraction extraction = EXTRACTOR.extract(text);
    List<String> found = extraction.entities().stream().map(Entity::text).toList();
    assertEquals(List.of("Beijing Municipal Economic and Information Bureau", "BMEIB", "BMEIB"), found);
    AgencyRef learned = extraction.entities().get(2).normalized(AgencyRef.class);
    assertEquals("BMEIB", learned.acronym());
    assertEquals(AgencyLevel.LOCAL, learned.level());
    assertEquals(1, extraction.links(LinkType.ABBREVIATION).size());
  }

  @Test
  void aDocumentThatDefinesAnAcronymOtherwiseOverridesTheDictionary() {
    Extraction extraction = EXTRACTOR.extract(
        "Both parties signed a non-disclosure agreement (NDA). The NDA covers shared data.");
    assertEquals(List.of(), extraction.entities());
  }

  @Test
  void translationsInBracketsAreLinked() {
    Extraction extraction = EXTRACTOR.extract("the Ministry of Commerce (商务部) and 工业和信息化部（工信部）");
    List<String> links = extraction.links().stream()
        .map(l -> l.type() + ":" + l.from().text() + "->" + l.to().text()).toList();
    assertEquals(List.of("TRANSLATION:Ministry of Commerce->商务部", "ABBREVIATION:工信部->工业和信息化部"), links);
  }
}
