package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Span;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      （ＭＩＩＴ）                          | (MIIT)
      十部门关于印发《“十四五”医疗装备产业发展规划》的通知 | 十部门关于印发《"十四五"医疗装备产业发展规划》的通知
      ‘dual employment’ and ‘revolving door’ | 'dual employment' and 'revolving door'
      2022—2025年                          | 2022-2025年
      （2018 – 2020）                      | (2018 - 2020)
      6～8家                               | 6~8家
      國務院辦公廳關於印發                  | 国务院办公厅关于印发
      「十四五」規劃                        | "十四五"规划
      ￥1.3万亿元                          | ¥1.3万亿元
      plain ASCII text, unchanged          | plain ASCII text, unchanged
      """)
  void normalizes(String original, String expected) {
    assertEquals(expected, normalizer.normalize(original).text());
  }

  @Test
  void deletesZeroWidthCharactersAndMapsOffsetsAroundThem() {
    NormalizedText text = normalizer.normalize("ＭＩＩＴ\u200B發布");
    assertEquals("MIIT发布", text.text());
    assertEquals(new Span(5, 7), text.toOriginal(4, 6));
    assertEquals(new Span(0, 4), text.toOriginal(0, 4));
    assertEquals(new Span(0, 7), text.toOriginal(0, 6));
  }

  @Test
  void spacesAreUnifiedWithoutMovingOffsets() {
    NormalizedText text = normalizer.normalize("State\u00A0Council\u3000MIIT");
    assertEquals("State Council MIIT", text.text());
    assertTrue(text.isIdentityMapped());
  }

  @Test
  void unchangedTextIsReturnedAsItIs() {
    String original = "Issuing bodies: MIIT; NHC; NDRC";
    NormalizedText text = normalizer.normalize(original);
    assertSame(original, text.text());
    assertTrue(text.isIdentityMapped());
  }

  @Test
  void aCharacterSimplifiedOutsideTheBmpMapsBothHalvesToItsSource() {
    // HanLP maps 㑮 (U+346E) to 𫝈 (U+2B748), a surrogate pair: the text grows by one code unit.
    NormalizedText text = normalizer.normalize("㑮A");
    assertEquals("\uD86D\uDF48A", text.text());
    assertEquals(new Span(0, 1), text.toOriginal(0, 2));
    assertEquals(new Span(1, 2), text.toOriginal(2, 3));
  }

  @Test
  void keepsLoneSurrogatesControlCharactersAndSupplementaryHan() {
    String original = "\uD800x\u0007\uDC00𠀀y";
    assertEquals(original, normalizer.normalize(original).text());
  }

  @Test
  void everyNormalizedRangeMapsInsideTheOriginalInOrder() {
    Random random = new Random(42);
    String alphabet = "aZ 國务（）“”‘’—–\u200B\u200D\uFEFF\u00A0\u3000ＡＢ１《》\uD83D\uDE00\uD800㑮\n";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String original = sb.toString();
      NormalizedText text = normalizer.normalize(original);
      int previousEnd = 0;
      for (int i = 0; i < text.length(); i++) {
        Span one = text.toOriginal(i, i + 1);
        assertTrue(one.start() >= 0 && one.end() <= original.length() && one.start() < one.end(),
            () -> "char span " + one + " of " + original);
        assertTrue(one.start() >= previousEnd - 1, () -> "offsets go backwards in " + original);
        previousEnd = one.end();
      }
      Span all = text.toOriginal(0, text.length());
      assertTrue(all.end() <= original.length());
    }
  }
}
