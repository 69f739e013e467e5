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

  /** One row per bug found by the evaluation on the corpus, in words of its own. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # "a"/"an" before an acronym that modifies a noun: the article belongs to the noun
      An NDRC official and a SAMR inspection team came; the supplier signed an NDA. | NDRC=NDRC; SAMR=SAMR
      # another country's possessive before an acronym
      Canada's MOF and the UK's NAO differ from the MOF and the NAO in Beijing. | MOF#2=MOF; NAO=CNAO
      # capitals text: only acronyms that are also English words are doubted there
      WHY NDRC IS WORRIED ABOUT STEEL                        | NDRC=NDRC
      AT MOST THREE PLANTS WILL BE SAFE                      |
      # an English name all in lower case describes, it does not name
      its central committee met; the Central Committee voted | Central Committee=CCP_CENTRAL_COMMITTEE
      # a short name at the head of a document number is a code
      工信部印发通知（工信部联通信〔2023〕5号）                  | 工信部=MIIT
      # 中办 and 国办, but not inside other words or document numbers
      中办、国办联合印发意见，国办发〔2023〕2号同时废止，各地要集中办理。 | 中办=CCP_CENTRAL_COMMITTEE; 国办=STATE_COUNCIL
      # a label after a local body's name is not part of it
      Issuing body: Tianjin Municipal Bureau of Commerce Date: May 9, 2022 | Tianjin Municipal Bureau of Commerce=-
      # adjacent head nouns: the last one ends the name
      the Shandong Provincial State-owned Assets Supervision and Administration Commission said | Shandong Provincial State-owned Assets Supervision and Administration Commission=-
      # an organ named before its local body is part of the name
      Lawmakers of the Standing Committee of the Shanghai Municipal People's Congress voted | Standing Committee of the Shanghai Municipal People's Congress=-
      # customs districts are named by their place alone
      Ningbo Customs and Xiamen Customs seized fake chips; 青岛海关也查获了一批。 | Ningbo Customs=-; Xiamen Customs=-; 青岛海关=-
      # an unknown long form needs a word that makes it Chinese; another country's body is not one
      the US National Security Council (NSC) and the NSC staff | 
      the Ministry of Trade, Industry and Energy (MOTIE) said MOTIE would act |
      The Central Leading Group for Maritime Rights (CLGMR) met; the CLGMR reports weekly. | Central Leading Group for Maritime Rights=-; CLGMR=-; CLGMR=-
      # bodies of the State Council that the dictionary does not list, in both languages
      国务院安全生产委员会和国务院学位委员会发文，国务院各部门执行。 | 国务院安全生产委员会=-; 国务院学位委员会=-; 国务院=STATE_COUNCIL
      the Anti-Monopoly Commission of the State Council and the General Office of the State Council | Anti-Monopoly Commission of the State Council=-; General Office of the State Council=STATE_COUNCIL
      The Customs Tariff Commission of the State Council, in Chinese 国务院关税税则委员会, sets tariffs. | Customs Tariff Commission of the State Council=-; 国务院关税税则委员会=-
      The General Office of the State Council replied. | General Office of the State Council=STATE_COUNCIL
      # common English names: Xinhua, PBoC
      a Xinhua report cited PBoC data                        | Xinhua=XINHUA; PBoC=PBOC
      """)
  void regressions(String input, String expected) {
    recognizes(input, expected);
  }

  @Test
  void bracketsThatAnnounceTheShortFormAreLinked() {
    Extraction extraction = EXTRACTOR.extract("中国人民银行（以下简称人民银行）和 the China Securities Regulatory "
        + "Commission (hereinafter referred to as \u201cCSRC\u201d) signed.");
    List<String> links = extraction.links().stream()
        .map(l -> l.type() + ":" + l.from().text() + "->" + l.to().text()).toList();
    assertEquals(List.of("ABBREVIATION:人民银行->中国人民银行",
        "ABBREVIATION:CSRC->China Securities Regulatory Commission"), links);
  }

  @Test
  void theShortNamesOfTheGeneralOfficesNameTheOffice() {
    AgencyRef office = EXTRACTOR.extract("国办印发").entities().get(0).normalized(AgencyRef.class);
    assertEquals("STATE_COUNCIL", office.key());
    assertEquals(new AgencyRef.Office("General Office", "办公厅"), office.office());
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
    // "an BMEIB-led team" works for the bureau; "BMEIB Holdings" is a company that shares the letters.
    String text = "The Beijing Municipal Economic and Information Bureau (BMEIB) issued rules. Later the BMEIB "
        + "revised them, and an BMEIB-led team checked them at BMEIB Holdings.";
    Extraction extraction = EXTRACTOR.extract(text);
    List<String> found = extraction.entities().stream().map(Entity::text).toList();
    assertEquals(List.of("Beijing Municipal Economic and Information Bureau", "BMEIB", "BMEIB", "BMEIB"), found);
    assertEquals(text.indexOf("BMEIB-led"), extraction.entities().get(3).start());
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
