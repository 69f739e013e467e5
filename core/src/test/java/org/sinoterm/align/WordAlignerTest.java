package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.Aligner;
import org.sinoterm.Alignment;
import org.sinoterm.Sinoterm;

/**
 * Golden alignments: a Chinese text, an English text, the band the score must fall in, and word pairs the
 * alignment must contain ({@code zh=English words:EVIDENCE}, words joined by {@code _}).
 */
class WordAlignerTest {

  private static final Aligner ALIGNER = Sinoterm.aligner();

  /** zh | en | score band | pairs that must be there (";"-separated). */
  private static final String GOLDEN = """
      十部门关于印发《"十四五"医疗装备产业发展规划》的通知 | 14th Five-Year Plan for Medical Equipment | 0.60-0.85 | 十四五=14th_Five_Year:FIVE_YEAR_PLAN; 医疗装备=Medical_Equipment:VOCABULARY; 规划=Plan:VOCABULARY
      十部门关于印发《"十四五"医疗装备产业发展规划》的通知 | 14th Five-Year Plan for the Robotics Industry | 0.00-0.35 | 十四五=14th_Five_Year:FIVE_YEAR_PLAN
      八部门关于印发《“十四五”智能制造发展规划》的通知 | 14<sup>th</sup> Five-Year Plan for Smart Manufacturing | 0.70-0.95 | 十四五=14<sup>th</sup>_Five_Year:FIVE_YEAR_PLAN; 智能制造=Smart_Manufacturing:VOCABULARY
      十五部门关于印发《"十四五"机器人产业发展规划》的通知 | 14th Five-Year Plan for the Robotics Industry | 0.65-0.90 | 机器人=Robotics:VOCABULARY; 产业=Industry:VOCABULARY
      关于促进人工智能发展的指导意见 | Guiding Opinions on Promoting AI | 0.70-0.95 | 促进=Promoting:VOCABULARY; 人工智能=AI:VOCABULARY; 指导意见=Guiding_Opinions:VOCABULARY
      《工业互联网创新发展行动计划(2021-2023年)》解读 | Interpretation of the "Industrial Internet Innovation Development Action Plan (2021-2023)" | 0.90-1.00 | 工业互联网=Industrial_Internet:VOCABULARY; 2021=2021:YEAR; 2023年=2023:YEAR; 解读=Interpretation:VOCABULARY
      医疗装备产业发展规划(2021-2025年)(征求意见稿) | Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments) | 0.90-1.00 | 征求意见稿=Draft_Comments:VOCABULARY
      关于组织开展2021年度交通运输行业重点科技项目清单申报的通知 | Notice on Organizing and Launching the Declaration of the 2021 Transportation Industry Key Technology Project List | 0.90-1.00 | 2021年度=2021:YEAR; 清单=List:VOCABULARY; 通知=Notice:VOCABULARY
      数字经济领域“两区”建设工作方案 | Work Plan for the Construction of "Two Zones" in the Field of Digital Economy | 0.90-1.00 | 两区=Two_Zones:VOCABULARY; 工作方案=Work_Plan:VOCABULARY
      國務院關於加快培育和發展戰略性新興產業的決定 | Decision of the State Council on Accelerating the Fostering and Development of Strategic Emerging Industries | 0.90-1.00 | 國務院=State_Council:AGENCY; 決定=Decision:VOCABULARY
      工业和信息化部关于印发《“十四五”信息通信行业发展规划》的通知 | MIIT Notice on Issuing the 14th FYP for the Information and Communications Industry | 0.70-0.95 | 工业和信息化部=MIIT:AGENCY; 十四五=14th_FYP:FIVE_YEAR_PLAN; 规划=FYP:VOCABULARY
      ５Ｇ应用“扬帆”行动计划（２０２１－２０２３年） | 5G Application "Sailing" Action Plan (2021-2023) | 0.90-1.00 | ５Ｇ=5G:LITERAL; ２０２３年=2023:YEAR
      十部门 | ten ministries | 0.85-1.00 | 十=ten:NUMBER; 部门=ministries:VOCABULARY
      二〇二五年 | by 2025 | 0.75-1.00 | 二〇二五年=2025:YEAR
      北京自由贸易试验区 | Beijing's Pilot Free Trade Zone | 0.90-1.00 | 北京=Beijing's:PLACE; 自由贸易试验区=Pilot_Free_Trade_Zone:VOCABULARY
      合肥 | Hefei | 0.90-1.00 | 合肥=Hefei:PLACE
      中关村软件园 | Zhongguancun Software Park | 0.80-1.00 | 中关村=Zhongguancun:PINYIN; 软件园=Software_Park:VOCABULARY
      飞谱 | Feipu | 0.70-1.00 | 飞谱=Feipu:PINYIN
      陀螺仪测量船 | gyroscope survey vessel | 0.60-0.85 | 陀螺仪=gyroscope:LEXICON; 测量船=survey_vessel:LEXICON
      个人信息保护法 | Personal Information Protection Law | 0.90-1.00 | 个人信息保护法=Personal_Information_Protection_Law:VOCABULARY
      个人信息保护法 | Data Security Law | 0.00-0.15 |
      新能源汽车产业发展规划（2021—2035年） | New Energy Vehicle Industry Development Plan (2021-2035) | 0.90-1.00 | 新能源汽车=New_Energy_Vehicle:VOCABULARY; 2035年=2035:YEAR
      新能源汽车产业发展规划（2021—2035年） | New Energy Vehicle Industry Development Plan (2018-2020) | 0.30-0.55 |
      三年行动计划 | Three-year Action Plan | 0.85-1.00 |
      交通强国 | transportation superpower | 0.90-1.00 | 交通强国=transportation_superpower:VOCABULARY
      交通强国 | Two Zones | 0.00-0.05 |
      国家服务业扩大开放综合示范区 | National Service Industry Expansion and Opening Comprehensive Demonstration Zone | 0.90-1.00 |
      关于进一步优化营商环境更好服务市场主体的实施意见 | Implementation Opinions on Further Optimizing the Business Environment to Better Serve Market Entities | 0.75-1.00 | 实施意见=Implementation_Opinions:VOCABULARY; 市场主体=Market_Entities:VOCABULARY
      关于进一步优化营商环境更好服务市场主体的实施意见 | Action Plan for the Robotics Industry | 0.00-0.10 |
      的 | of the | 0.00-0.00 |
      规划 |  | 0.00-0.00 |
       | Plan | 0.00-0.00 |
      """;

  static Stream<String> golden() {
    return GOLDEN.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("golden")
  void golden(String row) {
    String[] f = row.split("\\|", -1);
    String zh = f[0].strip();
    String en = f[1].strip();
    String[] band = f[2].strip().split("-");
    Alignment alignment = ALIGNER.align(zh, en);
    String explained = zh + " | " + en + "\n" + alignment.explain();
    double score = alignment.score();
    assertTrue(score >= Double.parseDouble(band[0]) && score <= Double.parseDouble(band[1]),
        "score " + score + " outside " + f[2].strip() + ":\n" + explained);
    for (String expected : f[3].split(";")) {
      if (expected.isBlank()) {
        continue;
      }
      assertTrue(pairs(alignment).contains(expected.strip()), "missing pair " + expected.strip() + ":\n" + explained);
    }
  }

  /** The pairs as {@code zh=en_words:EVIDENCE}. */
  private static List<String> pairs(Alignment alignment) {
    List<String> out = new ArrayList<>();
    for (Alignment.WordPair pair : alignment.pairs()) {
      StringBuilder english = new StringBuilder();
      for (Alignment.Word word : pair.english()) {
        english.append(english.length() == 0 ? "" : "_").append(word.text());
      }
      out.add(pair.chinese().text() + "=" + english + ":" + pair.evidence());
    }
    return out;
  }

  @Test
  void offsetsIndexTheTextsAsGiven() {
    String zh = "（國務院）關於加快培育和發展戰略性新興產業的決定";
    String en = "Decision of the State Council on Accelerating the Fostering of Strategic Emerging Industries";
    Alignment alignment = ALIGNER.align(zh, en);
    assertTrue(!alignment.pairs().isEmpty());
    for (Alignment.WordPair pair : alignment.pairs()) {
      Alignment.Word c = pair.chinese();
      assertEquals(zh.substring(c.start(), c.end()), c.text());
      for (Alignment.Word e : pair.english()) {
        assertEquals(en.substring(e.start(), e.end()), e.text());
      }
    }
    for (Alignment.Word word : alignment.unalignedEnglish()) {
      assertEquals(en.substring(word.start(), word.end()), word.text());
    }
  }

  @Test
  void explainShowsTheScoreAndEveryPair() {
    Alignment alignment = ALIGNER.align("关于促进人工智能发展的指导意见", "Guiding Opinions on Promoting AI");
    String explained = alignment.explain();
    assertTrue(explained.startsWith(String.format(java.util.Locale.ROOT, "score %.3f", alignment.score())),
        explained);
    assertTrue(explained.contains("指导意见 ↔ Guiding Opinions  VOCABULARY"), explained);
    assertTrue(explained.contains("unaligned zh: 发展"), explained);
    assertTrue(explained.contains("no counterpart needed: 关于, 的, on"), explained);
    assertTrue(alignment.toString().contains("指导意见=Guiding_Opinions"), alignment.toString());
  }

  @Test
  void scoreIsTheAlignmentScore() {
    assertEquals(ALIGNER.align("交通强国", "transportation superpower").score(),
        ALIGNER.score("交通强国", "transportation superpower"));
  }

  @Test
  void nullTextsAreRejected() {
    assertThrows(NullPointerException.class, () -> ALIGNER.align(null, "x"));
    assertThrows(NullPointerException.class, () -> ALIGNER.score("规划", null));
  }

  @Test
  void hostileTextNeverThrowsAndStaysInBounds() {
    String[] texts = {"", "\uD800", "《《《》", "\"\"\"", "十十十十十十十十十十十十十十十十十十十十", "((((((((", "9".repeat(40),
        "年年年", "2021-2025年-", "a-b-c-", "\u0000\u0001", "𠀀𠀁𠀂", "ABC's'", "'s", "-", "第十四个五年规划"};
    for (String zh : texts) {
      for (String en : texts) {
        Alignment alignment = ALIGNER.align(zh, en);
        assertTrue(alignment.score() >= 0 && alignment.score() <= 1, zh + " | " + en);
      }
    }
  }

  @Test
  void sharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Double>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> ALIGNER.score("关于促进人工智能发展的指导意见", "Guiding Opinions on Promoting AI")));
      }
      double first = results.get(0).get();
      for (Future<Double> result : results) {
        assertEquals(first, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void customVocabularyIsCheckedAtOnce() {
    byte[] bad = "#format\tvocabulary/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\nzh\ten\trole\n规划\tplan\tPLANNING\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.sinoterm.DictionaryException e = assertThrows(org.sinoterm.DictionaryException.class,
        () -> WordAligner.withVocabularies(List.of(org.sinoterm.dict.TsvFile.parse("mine.tsv", bad))));
    assertTrue(e.getMessage().contains("mine.tsv") && e.getMessage().contains("6"), e.getMessage());
    byte[] good = "#format\tvocabulary/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\nzh\ten\trole\n飞谱\tRainbow\tTERM\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    WordAligner custom = WordAligner.withVocabularies(List.of(org.sinoterm.dict.TsvFile.parse("mine.tsv", good)));
    assertNotNull(custom.align("飞谱", "Rainbow"));
    assertTrue(custom.score("飞谱", "Rainbow") > 0.9);
    assertTrue(ALIGNER.score("飞谱", "Rainbow") < 0.1);
  }
}
