package org.sinoterm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.Sinoterm;
import org.sinoterm.align.WordAligner;
import org.sinoterm.text.TextNormalizer;

/**
 * Golden boundaries: a passage with one parenthetical pair, the Chinese in it, and the English the chooser must
 * pick. The Chinese is located in the passage by its text; the English is compared as text.
 */
class ParentheticalAlignerTest {

  private static final ParentheticalAligner CHOOSER =
      new ParentheticalAligner((WordAligner) Sinoterm.aligner());
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  /** order | passage | the Chinese | the English expected (in normalized text). */
  private static final String GOLDEN = """
      EN | On Monday the State Council issued the Guiding Opinions on Promoting Artificial Intelligence (关于促进人工智能发展的指导意见) to local governments. | 关于促进人工智能发展的指导意见 | Guiding Opinions on Promoting Artificial Intelligence
      EN | Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知) (Link) | 十部门关于印发《"十四五"医疗装备产业发展规划》的通知 | 14th Five-Year Plan for Medical Equipment
      EN | Policy name: Interpretation of the “Industrial Internet Innovation Development Action Plan (2021-2023)” (《工业互联网创新发展行动计划(2021-2023年)》解读) | 《工业互联网创新发展行动计划(2021-2023年)》解读 | Interpretation of the "Industrial Internet Innovation Development Action Plan (2021-2023)"
      EN | By 2050 the country wants to finish its transformation into a “transportation superpower” (交通强国), officials said. | 交通强国 | transportation superpower
      EN | The “Two Zones” (两区) refer to two areas in the capital. | 两区 | Two Zones
      EN | The zones include Beijing’s Pilot Free Trade Zone (北京自由贸易试验区) and a demonstration area. | 北京自由贸易试验区 | Beijing's Pilot Free Trade Zone
      EN | They refer to the National Service Industry Expansion and Opening Comprehensive Demonstration Zone (国家服务业扩大开放综合示范区). | 国家服务业扩大开放综合示范区 | National Service Industry Expansion and Opening Comprehensive Demonstration Zone
      EN | In a new notice, the ministry published the Notice on Organizing and Launching the Declaration of the 2021 Transportation Industry Key Technology Project List (关于组织开展2021年度交通运输行业重点科技项目清单申报的通知). | 关于组织开展2021年度交通运输行业重点科技项目清单申报的通知 | Notice on Organizing and Launching the Declaration of the 2021 Transportation Industry Key Technology Project List
      EN | Last year the NDRC released a revised version of the Catalogue of Industries for Encouraged Foreign Investment [鼓励外商投资产业目录] for comment. | 鼓励外商投资产业目录 | Catalogue of Industries for Encouraged Foreign Investment
      EN | Factories in Hefei (合肥) expanded output. | 合肥 | Hefei
      EN | The firm is based in the Zhongguancun Software Park (中关村软件园), near Peking University. | 中关村软件园 | Zhongguancun Software Park
      ZH | 数字经济领域“两区”建设工作方案（Work Plan for the Construction of "Two Zones" in the Field of Digital Economy） | 数字经济领域"两区"建设工作方案 | Work Plan for the Construction of "Two Zones" in the Field of Digital Economy
      ZH | 《新能源汽车产业发展规划（2021—2035年）》（New Energy Vehicle Industry Development Plan (2021-2035), Link） | 新能源汽车产业发展规划(2021-2035年) | New Energy Vehicle Industry Development Plan (2021-2035)
      ZH | 交通强国 (transportation superpower) | 交通强国 | transportation superpower
      """;

  static Stream<String> golden() {
    return GOLDEN.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("golden")
  void golden(String row) {
    String[] f = row.split(" \\| ", -1);
    String text = NORMALIZER.normalize(f[1].strip()).text();
    String zh = f[2].strip();
    int zhStart = text.indexOf(zh);
    assertTrue(zhStart >= 0, "the Chinese " + zh + " is not in " + text);
    Optional<ParentheticalAligner.Pair> pair = f[0].strip().equals("EN")
        ? CHOOSER.englishBefore(text, zhStart, zhStart + zh.length())
        : CHOOSER.englishAfter(text, zhStart, zhStart + zh.length());
    assertTrue(pair.isPresent(), "no English found in " + text);
    String english = text.substring(pair.get().englishStart(), pair.get().englishEnd());
    assertEquals(f[3].strip(), english, text + " (score " + pair.get().score() + ")");
    assertTrue(pair.get().score() > 0.4, "score " + pair.get().score() + " for " + english);
  }

  @Test
  void nothingBeforeOrNoBracketGivesNothing() {
    String text = "(交通强国) and 交通强国 without brackets";
    assertTrue(CHOOSER.englishBefore(text, 1, 5).isEmpty());
    int bare = text.indexOf("交通强国", 6);
    assertTrue(CHOOSER.englishBefore(text, bare, bare + 4).isEmpty());
    assertTrue(CHOOSER.englishAfter(text, bare, bare + 4).isEmpty());
    assertTrue(CHOOSER.englishBefore(text, 5, 2).isEmpty());
    assertTrue(CHOOSER.englishBefore(text, -1, 3).isEmpty());
  }

  @Test
  void windowStopsAtTheSentenceBefore() {
    String text = "The State Council met. Opinions on Promoting AI (关于促进人工智能发展的指导意见) followed.";
    int zh = text.indexOf('关');
    ParentheticalAligner.Pair pair = CHOOSER.englishBefore(text, zh, text.indexOf(')')).orElseThrow();
    assertTrue(pair.englishStart() >= text.indexOf("Opinions"), text.substring(pair.englishStart()));
  }

  @Test
  void windowIsBoundedOnLongLines() {
    String filler = "word ".repeat(500);
    String text = filler + "transportation superpower (交通强国)";
    int zh = text.indexOf('交');
    ParentheticalAligner.Pair pair = CHOOSER.englishBefore(text, zh, zh + 4).orElseThrow();
    assertEquals("transportation superpower", text.substring(pair.englishStart(), pair.englishEnd()));
  }
}
