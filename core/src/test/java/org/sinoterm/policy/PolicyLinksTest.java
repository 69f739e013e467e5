package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Diagnostic;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.PolicyRef;
import org.sinoterm.Sinoterm;

/** TRANSLATION and ISSUED_BY links of policy titles, and the issuer-count diagnostic. */
class PolicyLinksTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().trackDiagnostics(10).build();

  private static List<String> links(Extraction extraction, LinkType type) {
    return extraction.links(type).stream().filter(l -> l.from().type() == EntityType.POLICY_TITLE)
        .map(l -> l.from().text() + " -> " + l.to().text()).toList();
  }

  /** Each row: an input and its TRANSLATION links, {@code english -> chinese}, separated by {@code ;}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知) (Link) | 14th Five-Year Plan for Medical Equipment -> 十部门关于印发《“十四五”医疗装备产业发展规划》的通知
      数字经济领域“两区”建设工作方案 (Work Plan for the Construction of "Two Zones" in the Field of Digital Economy) | Work Plan for the Construction of "Two Zones" in the Field of Digital Economy -> 数字经济领域“两区”建设工作方案
      《交通强国建设纲要》（Outline for Building China's Strength in Transport） | Outline for Building China's Strength in Transport -> 交通强国建设纲要
      - 新一代人工智能发展规划 New Generation Artificial Intelligence Development Plan (July 2017) | New Generation Artificial Intelligence Development Plan -> 新一代人工智能发展规划
      `The Made in China 2025 strategy was followed by many local plans.

      其中，《中国制造2025》提出了十大重点领域。` | Made in China 2025 -> 中国制造2025
      Notice on Organizing Pilot Projects (关于组织开展试点工作的通知) and Measures for Funding Pilots (试点资金管理办法) | Notice on Organizing Pilot Projects -> 关于组织开展试点工作的通知; Measures for Funding Pilots -> 试点资金管理办法
      """)
  void translations(String input, String expected) {
    assertEquals(List.of(expected.split("; ")), links(EXTRACTOR.extract(input), LinkType.TRANSLATION));
  }

  /** Each row: prose with a Chinese title in brackets; the English rendering the aligner chooses, or nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      On Monday the State Council issued the Guiding Opinions on Promoting the Development of Artificial Intelligence (关于促进人工智能发展的指导意见) to guide local work. | Guiding Opinions on Promoting the Development of Artificial Intelligence
      Last week regulators published guiding opinions on speeding up a green low-carbon circular economy (关于加快建立健全绿色低碳循环发展经济体系的指导意见) for comment. | guiding opinions on speeding up a green low-carbon circular economy
      数字经济领域“两区”建设工作方案（a work plan for two zones in the digital economy, Link） | work plan for two zones in the digital economy
      The city cut its parking fees (新一代人工智能发展规划) again. |
      """)
  void theAlignerChoosesTheEnglishOfAPairInProse(String input, String expected) {
    List<String> english = EXTRACTOR.extract(input).links(LinkType.TRANSLATION).stream()
        .filter(l -> l.from().type() == EntityType.POLICY_TITLE).map(l -> l.from().text()).toList();
    assertEquals(expected == null ? List.of() : List.of(expected), english);
  }

  @Test
  void aPlanAndItsTranslationAgreeMoreThanTwoDifferentPlans() {
    Extraction same = EXTRACTOR.extract("Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业"
        + "发展规划》的通知)");
    Extraction different = EXTRACTOR.extract("Article: Action Plan for Pilot Zones (2018-2020) (十部门关于印发《“十四五”医疗装备"
        + "产业发展规划》的通知)");
    double agree = same.links(LinkType.TRANSLATION).get(0).score();
    double disagree = different.links(LinkType.TRANSLATION).get(0).score();
    assertTrue(agree > 0.8 && disagree < 0.5, agree + " vs " + disagree);
  }

  @Test
  void issuersOfTheChineseTitleAndOfTheIssuerLine() {
    Extraction extraction = EXTRACTOR.extract("""
        **Article:** 14th Five-Year Plan for the Development of Raw Material Industry (三部委关于印发“十四五”原材料工业发展规划的通知)

        **Issuing bodies:** MIIT, MOST, MNR

        **Date:** December 29, 2021
        """);
    List<String> issued = links(extraction, LinkType.ISSUED_BY);
    assertEquals(List.of(
        "14th Five-Year Plan for the Development of Raw Material Industry -> MIIT",
        "14th Five-Year Plan for the Development of Raw Material Industry -> MOST",
        "14th Five-Year Plan for the Development of Raw Material Industry -> MNR",
        "三部委关于印发“十四五”原材料工业发展规划的通知 -> 三部委",
        "三部委关于印发“十四五”原材料工业发展规划的通知 -> MIIT",
        "三部委关于印发“十四五”原材料工业发展规划的通知 -> MOST",
        "三部委关于印发“十四五”原材料工业发展规划的通知 -> MNR"), issued);
    assertEquals(List.of(), extraction.diagnostics());
  }

  @Test
  void jointIssuersAreEachLinked() {
    Extraction extraction = EXTRACTOR.extract("中共中央 国务院关于加快建设全国统一大市场的意见");
    assertEquals(List.of("中共中央 国务院关于加快建设全国统一大市场的意见 -> 中共中央", "中共中央 国务院关于加快建设全国统一大市场的意见 -> 国务院"),
        links(extraction, LinkType.ISSUED_BY));
    PolicyRef ref = extraction.entities().get(0).normalized(PolicyRef.class);
    assertEquals(List.of("CCP_CENTRAL_COMMITTEE", "STATE_COUNCIL"), ref.issuers());
  }

  @Test
  void anIssuerLineClaimsOnlyTheBlockAboveIt() {
    Extraction extraction = EXTRACTOR.extract("""
        Policy name: Notice on Organizing Pilot Projects (关于组织开展试点工作的通知)
        Issuing body: MOT
        Date: February 5, 2021

        Issuing body: Beijing Municipal Economic and Information Bureau Date: February 18, 2021 At a glance: the city set out more rules.
        """);
    assertEquals(List.of("Notice on Organizing Pilot Projects -> MOT", "关于组织开展试点工作的通知 -> MOT"),
        links(extraction, LinkType.ISSUED_BY));
  }

  @Test
  void issuerLineItemsKeepTheAndOfTheirNames() {
    Extraction extraction = EXTRACTOR.extract("""
        Title: Measures for the Administration of Carbon Emissions Trading (Trial) (碳排放权交易管理办法（试行）)
        Issuing bodies: Ministry of Ecology and Environment; Beijing Municipal Economic and Information Bureau and MOST
        """);
    assertEquals(List.of(
        "Measures for the Administration of Carbon Emissions Trading (Trial) -> Ministry of Ecology and Environment",
        "Measures for the Administration of Carbon Emissions Trading (Trial) -> Beijing Municipal Economic and "
            + "Information Bureau",
        "Measures for the Administration of Carbon Emissions Trading (Trial) -> MOST",
        "碳排放权交易管理办法（试行） -> Ministry of Ecology and Environment",
        "碳排放权交易管理办法（试行） -> Beijing Municipal Economic and Information Bureau",
        "碳排放权交易管理办法（试行） -> MOST"), links(extraction, LinkType.ISSUED_BY));
  }

  @Test
  void shortNamesAreFieldsOfTheTitleTheyFollow() {
    Extraction extraction = EXTRACTOR.extract("Policy name: Opinions on Building a Data Basic System (中共中央 国务院关于构建"
        + "数据基础制度更好发挥数据要素作用的意见)（“数据二十条”）\n全国人大常委会通过《中华人民共和国个人信息保护法》（以下简称《个保法》）。");
    List<List<String>> names = extraction.entities(EntityType.POLICY_TITLE).stream()
        .map(e -> e.normalized(PolicyRef.class).shortNames()).toList();
    assertEquals(List.of(List.of(), List.of("数据二十条"), List.of("个保法")), names);
  }

  @Test
  void aChineseTitleLabelStartsABlock() {
    Extraction extraction = EXTRACTOR.extract("""
        标题：工业和信息化部 生态环境部关于印发工业领域碳达峰实施方案的通知
        发文机关：工业和信息化部；生态环境部
        成文日期：2022年07月07日
        """);
    List<String> issued = links(extraction, LinkType.ISSUED_BY);
    assertEquals(4, issued.size(), issued.toString());
    assertEquals(2, issued.stream().filter(l -> l.endsWith("-> 生态环境部")).count(), issued.toString());
  }

  @Test
  void aCountThatDisagreesWithTheIssuerLineIsReported() {
    String text = "Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知)\n"
        + "Issuing bodies: MIIT; NHC; NDRC; MOST; MOF; SASAC; SAMR; NHSA; NMPA\n";
    List<Diagnostic> diagnostics = EXTRACTOR.extract(text).diagnostics();
    assertEquals(1, diagnostics.size());
    Diagnostic diagnostic = diagnostics.get(0);
    assertEquals(Diagnostic.ISSUER_COUNT_MISMATCH, diagnostic.code());
    assertEquals("MIIT; NHC; NDRC; MOST; MOF; SASAC; SAMR; NHSA; NMPA", diagnostic.span().of(text));
    assertTrue(diagnostic.message().contains("10") && diagnostic.message().contains("9"), diagnostic.message());
  }

  @Test
  void anOpenListDisagreesOnlyWhenItIsLonger() {
    String open = "Article: 14th Five-Year Plan for the Robotics Industry (十五部门关于印发《“十四五”机器人产业发展规划》的通知)\n"
        + "Issuing bodies: MIIT, NDRC, MOST, MPS, MCA, etc.\n";
    assertEquals(List.of(), EXTRACTOR.extract(open).diagnostics());
    String longer = "Article: 14th Five-Year Plan for the Development of Raw Material Industry (三部委关于印发“十四五”原材料工业发展规划的通知)\n"
        + "Issuing bodies: MIIT, MOST, MNR, NDRC, etc.\n";
    assertEquals(1, EXTRACTOR.extract(longer).diagnostics().size());
  }

  @Test
  void diagnosticsAreOptInAndBounded() {
    String text = "Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知)\n"
        + "Issuing bodies: MIIT; NHC\n";
    assertEquals(List.of(), Sinoterm.extractor().extract(text).diagnostics());
    String many = (text + "\n").repeat(5);
    assertEquals(5, EXTRACTOR.extract(many).diagnostics().size());
    assertEquals(2, Sinoterm.builder().trackDiagnostics(2).build().extract(many).diagnostics().size());
  }

  @Test
  void linksJoinEntitiesOfTheResult() {
    Extraction extraction = EXTRACTOR.extract("Article: 14th FYP for Smart Manufacturing (“十四五”智能制造发展规划)\n"
        + "Issuing body: MIIT\n");
    for (Link link : extraction.links()) {
      assertTrue(extraction.entities().contains(link.from()) && extraction.entities().contains(link.to()));
    }
    assertEquals(1, extraction.links(LinkType.TRANSLATION).size());
  }
}
