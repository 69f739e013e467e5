package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinoterm.align.WordAligner;

/** {@link Aligner#match}: the optimal one-to-one matching of two shuffled lists by the aligner's scores. */
class ListMatchingTest {

  private static final Aligner ALIGNER = Sinoterm.aligner();

  /** Real titles and bodies (facts), with renderings written for this test; listed in pair order. */
  private static final String[][] GOLDEN = {
      {"中华人民共和国个人信息保护法", "Personal Information Protection Law"},
      {"中华人民共和国数据安全法", "Data Security Law of the People's Republic of China"},
      {"中华人民共和国网络安全法", "Cybersecurity Law"},
      {"十五部门关于印发《“十四五”机器人产业发展规划》的通知", "14th Five-Year Plan for the Robotics Industry"},
      {"十部门关于印发《“十四五”医疗装备产业发展规划》的通知", "14th Five-Year Plan for Medical Equipment"},
      {"国务院关于印发《中国制造2025》的通知", "Made in China 2025"},
      {"工业和信息化部", "Ministry of Industry and Information Technology"},
      {"国家发展和改革委员会", "National Development and Reform Commission"},
      {"国家市场监督管理总局", "State Administration for Market Regulation"},
      {"科学技术部", "Ministry of Science and Technology"},
  };

  @Test
  void shuffledGoldenListsMatchTheirOwnPairs() {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String[] pair : GOLDEN) {
      zh.add(pair[0]);
      en.add(pair[1]);
    }
    Collections.shuffle(en, new Random(7));
    ListMatching matching = ALIGNER.match(zh, en, 0.35);
    assertEquals(GOLDEN.length, matching.pairs().size(), matching.toString());
    for (ListMatching.Pair pair : matching.pairs()) {
      assertEquals(GOLDEN[pair.chinese()][1], en.get(pair.english()), "the partner of " + zh.get(pair.chinese()));
      assertTrue(pair.score() >= 0.35);
      assertEquals(ALIGNER.score(zh.get(pair.chinese()), en.get(pair.english())), pair.score(), 1e-9);
    }
    assertEquals(List.of(), matching.unmatchedChinese());
    assertEquals(List.of(), matching.unmatchedEnglish());
  }

  @Test
  void itemsWithoutACounterpartStayUnmatched() {
    List<String> zh = List.of("中华人民共和国数据安全法", "交通强国建设纲要", "国家市场监督管理总局");
    List<String> en = List.of("State Administration for Market Regulation", "Export Control Law",
        "Data Security Law", "Ministry of Commerce");
    ListMatching matching = ALIGNER.match(zh, en, 0.35);
    assertEquals(2, matching.pairs().size(), matching.toString());
    assertEquals(0, matching.pairs().get(0).chinese());
    assertEquals(2, matching.pairs().get(0).english());
    assertEquals(2, matching.pairs().get(1).chinese());
    assertEquals(0, matching.pairs().get(1).english());
    assertEquals(List.of(1), matching.unmatchedChinese());
    assertEquals(List.of(1, 3), matching.unmatchedEnglish());
  }

  @Test
  void aHigherThresholdLeavesLooseRenderingsOut() {
    List<String> zh = List.of("十部门关于印发《“十四五”医疗装备产业发展规划》的通知", "个人信息保护法");
    List<String> en = List.of("Personal Information Protection Law", "14th Five-Year Plan for Medical Equipment");
    double loose = ALIGNER.score(zh.get(0), en.get(1));
    double close = ALIGNER.score(zh.get(1), en.get(0));
    assertTrue(loose > 0.35 && loose < close, "the loose rendering scores " + loose + ", the close one " + close);
    assertEquals(2, ALIGNER.match(zh, en, 0.35).pairs().size());
    ListMatching strict = ALIGNER.match(zh, en, (loose + close) / 2);
    assertEquals(1, strict.pairs().size());
    assertEquals(List.of(0), strict.unmatchedChinese());
    assertEquals(List.of(1), strict.unmatchedEnglish());
  }

  @Test
  void duplicatesAreSeparateItems() {
    ListMatching matching = ALIGNER.match(List.of("数据安全法", "数据安全法"), List.of("Data Security Law"), 0.35);
    assertEquals(1, matching.pairs().size());
    assertEquals(1, matching.unmatchedChinese().size());
  }

  @Test
  void emptyListsAndEmptyItems() {
    ListMatching none = ALIGNER.match(List.of(), List.of("Data Security Law"), 0.35);
    assertEquals(List.of(), none.pairs());
    assertEquals(List.of(0), none.unmatchedEnglish());
    ListMatching blank = ALIGNER.match(List.of(""), List.of(""), 0);
    assertEquals(List.of(), blank.pairs()); // a score of 0 is never a match, even at threshold 0
    assertEquals(0, blank.totalScore());
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ALIGNER.match(List.of("数据安全法"), List.of("Data Security Law"), 1.5));
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ALIGNER.match(List.of(), List.of(), Double.NaN));
    assertThrows(NullPointerException.class, () -> ALIGNER.match(Arrays.asList("数据安全法", null),
        List.of("Data Security Law"), 0.35));
  }

  @Test
  void theFastScoreMatrixEqualsAlignOnEveryPair() throws IOException {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("align/policy-titles.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          zh.add(f[0]);
          en.add(f[1]);
        }
      }
    }
    double[][] fast = WordAligner.bundled().scores(zh, en);
    for (int i = 0; i < zh.size(); i++) {
      for (int j = 0; j < en.size(); j++) {
        assertEquals(ALIGNER.score(zh.get(i), en.get(j)), fast[i][j], 1e-9, zh.get(i) + " | " + en.get(j));
      }
    }
  }

  /** An aligner of another kind goes through the generic path: each pair aligned on its own. */
  @Test
  void anyAlignerCanMatch() {
    Aligner byLength = (zh, en) -> {
      double s = zh.length() * 3 == en.length() ? 0.9 : 0.1;
      return new Alignment(s, s, s, 1, List.of(), List.of(), List.of());
    };
    ListMatching matching = byLength.match(List.of("ab", "abcd"), List.of("123456789012", "123456"), 0.5);
    assertEquals(2, matching.pairs().size());
    assertEquals(1, matching.pairs().get(0).english());
    assertEquals(0, matching.pairs().get(1).english());
  }
}
