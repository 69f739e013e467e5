package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.DraftLabel;
import org.sinoterm.PolicyRef.Period;
import org.sinoterm.text.TextNormalizer;

/** Periods, Five-Year Plan numbers and draft labels, read from normalized text. */
class TitleLabelsTest {

  private static String normalized(String text) {
    return new TextNormalizer().normalize(text).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2021-2025年      | 2021-2025
      2018—2020年      | 2018-2020
      2021－2035年     | 2021-2035
      2021年-2025年    | 2021-2025
      2018 – 2020      | 2018-2020
      2021~2023       | 2021-2023
      2021至2025年     | 2021-2025
      2021年度         | 2021
      2021年           | 2021
      2021            | 2021
      2025-2021年      | -
      2021-2099年      | -
      2022年版         | -
      21-25年          | -
      征求意见稿        | -
      """)
  void periods(String text, String expected) {
    String t = normalized(text.strip());
    Period period = TitleLabels.period(t, 0, t.length());
    assertEquals(expected, period == null ? "-" : period.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      “十四五”医疗装备产业发展规划                  | 14
      十四五规划                                   | 14
      “十三五”国家科技创新规划                      | 13
      “十五”计划                                   | 10
      十五部门关于印发                              | -
      国民经济和社会发展第十四个五年规划              | 14
      第十一个五年规划纲要                           | 11
      二〇三五年远景目标                             | -
      北京市“十四五”时期国际科技创新中心建设规划      | 14
      """)
  void chineseFiveYearPlans(String text, String expected) {
    String t = normalized(text.strip());
    assertEquals(expected, Objects.toString(TitleLabels.chineseFiveYearPlan(t, 0, t.length()), "-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      14th Five-Year Plan for the Robotics Industry | 14
      14<sup>th</sup> Five-Year Plan for Medical Equipment | 14
      the 13th FYP period                            | 13
      Fourteenth Five-Year Plan                      | 14
      Five-Year Plan for Agriculture                 | -
      the 2021 Five Year Plan                        | -
      """)
  void englishFiveYearPlans(String text, String expected) {
    String t = text.strip();
    assertEquals(expected, Objects.toString(TitleLabels.englishFiveYearPlan(t, 0, t.length()), "-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      征求意见稿            | FOR_COMMENT
      草案征求意见稿         | FOR_COMMENT
      草案                 | DRAFT
      修订草案              | REVISED_DRAFT
      草案二次审议稿         | REVIEW_DRAFT
      试行                 | TRIAL
      Draft for Comments   | FOR_COMMENT
      draft for comment    | FOR_COMMENT
      Exposure Draft       | FOR_COMMENT
      Revised Draft        | REVISED_DRAFT
      Trial                | TRIAL
      for Trial Implementation | TRIAL
      2021年版              | -
      Link                 | -
      """)
  void draftLabels(String text, String expected) {
    String t = text.strip();
    DraftLabel label = TitleLabels.draftLabel(t, 0, t.length());
    assertEquals(expected, label == null ? "-" : label.name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2022年工业和信息化标准工作要点                 | 2022
      2030年前碳达峰行动方案                         | -
      关于组织开展2021年度交通运输行业重点科技项目清单申报 | 2021
      工业互联网创新发展行动计划2021-2023年            | 2021-2023
      健康中国2030                                  | -
      """)
  void periodsInsideChineseTitles(String text, String expected) {
    String t = text.strip();
    Period period = TitleLabels.chinesePeriodInside(t, 0, t.length());
    assertEquals(expected, period == null ? "-" : period.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Notice on the Declaration of the 2021 Transportation Industry Key Technology Project List | 2021
      2022 Work Plan for Standardization                              | 2022
      Industrial Internet Innovation Development Action Plan 2021-2023 | 2021-2023
      Outline of the Healthy China 2030 Plan                          | -
      Made in China 2025                                              | -
      Action Plan for 2018 to 2020                                    | 2018-2020
      """)
  void periodsInsideEnglishTitles(String text, String expected) {
    String t = text.strip();
    Period period = TitleLabels.englishPeriodInside(t, 0, t.length());
    assertEquals(expected, period == null ? "-" : period.toString());
  }
}
