package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.PolicyRef;
import org.sinoterm.Sinoterm;

/**
 * Golden cases for finding policy titles in running text. Each row gives an input and every POLICY_TITLE expected
 * in it, in order, as {@code surface=TYPE[/WRAPPER][ period][ fypN][ LABEL][ nCOUNT][ #KEY]}: the document type, the
 * wrapper's type, the period, the Five-Year Plan, the draft label, the issuer count and the catalog key, each only
 * when present. Surfaces are looked up after the previous one, so offsets are checked too.
 */
class PolicyTitleRecognizerTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.POLICY_TITLE).build();

  static String describe(Entity entity) {
    PolicyRef ref = entity.normalized(PolicyRef.class);
    StringBuilder d = new StringBuilder(ref.docType().name());
    if (ref.wrapperType() != null) {
      d.append('/').append(ref.wrapperType());
    }
    if (ref.period() != null) {
      d.append(' ').append(ref.period());
    }
    if (ref.fyp() != null) {
      d.append(" fyp").append(ref.fyp());
    }
    if (ref.draftLabel() != null) {
      d.append(' ').append(ref.draftLabel());
    }
    if (ref.issuerCount() != null) {
      d.append(" n").append(ref.issuerCount());
    }
    if (ref.key() != null) {
      d.append(" #").append(ref.key());
    }
    return entity.text() + "@" + entity.start() + "=" + d;
  }

  static List<String> expected(String input, String expected) {
    List<String> result = new ArrayList<>();
    if (expected == null || expected.isBlank()) {
      return result;
    }
    int from = 0;
    for (String item : expected.split(";")) {
      String trimmed = item.strip();
      int eq = trimmed.indexOf('=');
      String surface = trimmed.substring(0, eq);
      int at = input.indexOf(surface, from);
      int after = from;
      assertTrue(at >= 0, () -> "the table is wrong: '" + surface + "' is not in the input after " + after);
      result.add(surface + "@" + at + "=" + trimmed.substring(eq + 1));
      from = at + 1;
    }
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Article: 14th Five-Year Plan for the Robotics Industry (十五部门关于印发《“十四五”机器人产业发展规划》的通知) (Link) | 14th Five-Year Plan for the Robotics Industry=PLAN 2021-2025 fyp14 #ROBOTICS_FYP14; 十五部门关于印发《“十四五”机器人产业发展规划》的通知=PLAN/NOTICE 2021-2025 fyp14 n15 #ROBOTICS_FYP14
      Policy name: Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments) (医疗装备产业发展规划(2021-2025年)(征求意见稿) (Link) | Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments)=PLAN 2021-2025 FOR_COMMENT; 医疗装备产业发展规划(2021-2025年)(征求意见稿)=PLAN 2021-2025 FOR_COMMENT
      Policy name: Interpretation of the “Industrial Internet Innovation Development Action Plan (2021-2023)” (《工业互联网创新发展行动计划(2021-2023年)》解读) | Interpretation of the “Industrial Internet Innovation Development Action Plan (2021-2023)”=ACTION_PLAN/INTERPRETATION 2021-2023 #INDUSTRIAL_INTERNET_2021; 《工业互联网创新发展行动计划(2021-2023年)》解读=ACTION_PLAN/INTERPRETATION 2021-2023 #INDUSTRIAL_INTERNET_2021
      去年，国务院印发《新一代人工智能发展规划》，部署了三步走的目标。 | 新一代人工智能发展规划=PLAN #AI_DEVELOPMENT_PLAN
      地方政府应当按照《国务院关于印发〈中国制造2025〉的通知》的部署开展工作。 | 国务院关于印发〈中国制造2025〉的通知=OTHER/NOTICE n1 #MADE_IN_CHINA_2025
      国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见明确，到2025年产业结构明显优化。 | 国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见=OPINIONS n1 #GREEN_CIRCULAR_ECONOMY
      会议要求各部门认真落实关于加强数据安全管理的若干措施，不得拖延。 | 关于加强数据安全管理的若干措施=MEASURES
      记者在《人民日报》上读到了这篇评论。 |
      On Monday the State Council issued the Guiding Opinions on Accelerating the Establishment of a Unified National Market, which took effect at once. | Guiding Opinions on Accelerating the Establishment of a Unified National Market=OPINIONS
      The bureau published a 14th FYP on training more patent examiners. |
      Ten ministries released their 14th Five-Year Plan (FYP) for the medical equipment industry. |
      Several ministries have since released the 14th FYP for the Civil Aviation industry. |
      Brokers still quote the Made in China 2025 targets. | Made in China 2025=OTHER #MADE_IN_CHINA_2025
      Platforms must now comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. | Personal Information Protection Law=LAW #PIPL; Data Security Law of the People's Republic of China=LAW #DATA_SECURITY_LAW
      In late 2017 the NDRC published the “Three-year Action Plan for Enhancing the Core Competitiveness of the Manufacturing Industry (2018 – 2020)” for nine sectors. | Three-year Action Plan for Enhancing the Core Competitiveness of the Manufacturing Industry (2018 – 2020)=ACTION_PLAN 2018-2020 #MANUFACTURING_CORE_2018
      - 中国制造2025 Made in China 2025 (May 8, 2015) | 中国制造2025=OTHER #MADE_IN_CHINA_2025; Made in China 2025=OTHER #MADE_IN_CHINA_2025
      《交通强国建设纲要》（Outline for Building China's Strength in Transport）于2019年发布。 | 交通强国建设纲要=OUTLINE #TRANSPORT_POWER_OUTLINE; Outline for Building China's Strength in Transport=OUTLINE #TRANSPORT_POWER_OUTLINE
      國務院關於印發新一代人工智能發展規劃的通知 | 國務院關於印發新一代人工智能發展規劃的通知=PLAN/NOTICE n1 #AI_DEVELOPMENT_PLAN
      【十部门关于印发《5G应用“扬帆”行动计划（2021-2023年）》的通知】 | 十部门关于印发《5G应用“扬帆”行动计划（2021-2023年）》的通知=ACTION_PLAN/NOTICE 2021-2023 n10
      Notice of the State Council on Printing and Distributing "Made in China 2025" | Notice of the State Council on Printing and Distributing "Made in China 2025"=OTHER/NOTICE n1 #MADE_IN_CHINA_2025
      Critics compare China's ambition to become a “transportation superpower” (交通强国) with its record. |
      The State Administration for Market Regulation opened the case. |
      The Two Zones (两区) and Beijing's Pilot Free Trade Zone (北京自由贸易试验区) are separate. |
      The measures follow the 14th Five-Year Plan, adopted in March. | 14th Five-Year Plan=PLAN 2021-2025 fyp14
      ＭＩＩＴ ｐｕｂｌｉｓｈｅｄ ｔｈｅ　(十部门关于印发《“十四五”医疗装备产业发展规划》的通知) | 十部门关于印发《“十四五”医疗装备产业发展规划》的通知=PLAN/NOTICE 2021-2025 fyp14 n10 #MEDICAL_EQUIPMENT_FYP14
      Title: Notice on Soliciting Public Comments on the Draft Measures for Data Export Security Assessment | Notice on Soliciting Public Comments on the Draft Measures for Data Export Security Assessment=MEASURES/NOTICE FOR_COMMENT
      **Article:** Action Plan for High-Quality Development of the Environmental Protection Equipment Manufacturing Industry (2022-2025) (三部委关于印发环保装备制造业高质量发展行动计划（2022—2025年）的通知) ([Link](#)) | Action Plan for High-Quality Development of the Environmental Protection Equipment Manufacturing Industry (2022-2025)=ACTION_PLAN 2022-2025; 三部委关于印发环保装备制造业高质量发展行动计划（2022—2025年）的通知=ACTION_PLAN/NOTICE 2022-2025 n3
      工业和信息化部关于对《“十四五”智能制造发展规划》（征求意见稿）公开征求意见的通知 | 工业和信息化部关于对《“十四五”智能制造发展规划》（征求意见稿）公开征求意见的通知=PLAN/NOTICE 2021-2025 fyp14 FOR_COMMENT n1 #SMART_MANUFACTURING_FYP14
      生态环境部发布《碳排放权交易管理办法（试行）》，自2021年2月1日起施行。 | 碳排放权交易管理办法（试行）=MEASURES TRIAL
      国务院办公厅印发《关于进一步优化营商环境降低市场主体制度性交易成本的意见》 | 国务院办公厅印发《关于进一步优化营商环境降低市场主体制度性交易成本的意见》=OPINIONS/OTHER n1
      会议审议通过了《“十四五”智能制造发展规划》（征求意见稿）。 | 《“十四五”智能制造发展规划》（征求意见稿）=PLAN 2021-2025 fyp14 FOR_COMMENT #SMART_MANUFACTURING_FYP14
      According to the People's Daily (《人民日报》), the plan will be reviewed during the 14th Five-Year Plan period. |
      A commentary in 《求是》 praised the 《新时期促进集成电路产业和软件产业高质量发展的若干政策》 again. | 新时期促进集成电路产业和软件产业高质量发展的若干政策=OTHER #IC_SOFTWARE_POLICIES_2020
      The ministry posted the Guidelines for the Construction of the National Intelligent Manufacturing Standard System (2021 Edition) online. | Guidelines for the Construction of the National Intelligent Manufacturing Standard System (2021 Edition)=GUIDELINES
      The programme dates back to the Outline for Building China's Strength in Transport of 2019. | Outline for Building China's Strength in Transport=OUTLINE #TRANSPORT_POWER_OUTLINE
      Policy name: Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Edition) (外商投资准入特别管理措施（负面清单）（2021年版）) (Link) | Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Edition)=LIST; 外商投资准入特别管理措施（负面清单）（2021年版）=LIST
      The Opinions of the CPC Central Committee and the State Council on Accelerating the Construction of a Unified National Market were released. | Opinions of the CPC Central Committee and the State Council on Accelerating the Construction of a Unified National Market=OPINIONS n2 #UNIFIED_NATIONAL_MARKET
      Lawmakers recalled the Decision of the Standing Committee of the National People's Congress on Authorizing the State Council to Temporarily Adjust the Application of Relevant Laws in China (Hainan) Pilot Free Trade Zone. | Decision of the Standing Committee of the National People's Congress on Authorizing the State Council to Temporarily Adjust the Application of Relevant Laws in China (Hainan) Pilot Free Trade Zone=DECISION n1
      The Ministry of Commerce said the Catalogue of Technologies Prohibited or Restricted from Export would be revised. | Catalogue of Technologies Prohibited or Restricted from Export=CATALOG
      It follows the 'Opinions on Building a Data Basic System to Better Give Play to the Role of Data Elements', known by the nickname “Twenty Measures on Data”. | Opinions on Building a Data Basic System to Better Give Play to the Role of Data Elements=OPINIONS #DATA_TWENTY_MEASURES
      《规划》 itself runs to 60 pages; the 《意见》 is shorter. |
      全國人大常委會通過《中華人民共和國個人信息保護法》（以下簡稱《個保法》）。《個保法》與《數據安全法》共同構成框架。 | 中華人民共和國個人信息保護法=LAW #PIPL; 數據安全法=LAW #DATA_SECURITY_LAW
      Policy name: Regulations on the Supervision and Administration of Medical Devices (Revised Draft for Comments) (医疗器械监督管理条例（修订草案征求意见稿）) | Regulations on the Supervision and Administration of Medical Devices (Revised Draft for Comments)=REGULATIONS REVISED_DRAFT; 医疗器械监督管理条例（修订草案征求意见稿）=REGULATIONS REVISED_DRAFT
      """)
  void findsTitles(String input, String expected) {
    assertEquals(expected(input, expected),
        EXTRACTOR.extract(input).entities(EntityType.POLICY_TITLE).stream().map(PolicyTitleRecognizerTest::describe)
            .toList());
  }
}
