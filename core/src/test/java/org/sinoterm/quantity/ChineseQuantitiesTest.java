package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.text.RandomPieces;

class ChineseQuantitiesTest {

  private static final UnitDictionary UNITS = UnitDictionary.load(BundledDictionaries.units(), List.of());

  /** Pieces of numbers in digits and numerals, units, and the English and Chinese around them. */
  private static final String[] PIECES = {"2021", "50,000", "1.3", "12", "7", ".", ",", "%", "万", "亿", "元", "年",
      "个", "百分之", "点", "多", "余", "十", "三", "两", "，", "。", "、", "(", ")", " ", " ", "robots", "CNY", "US$", "亿元",
      "台", "家", "规划", "the plan"};

  /** Where the shortcut turns an Arabic number away, reading it in full finds no quantity either. */
  @Test
  void arabicNumbersInEnglishAreNoChineseQuantities() {
    Random random = new Random(20261207);
    int turnedAway = 0;
    int read = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = RandomPieces.join(random, PIECES, 1, 10, false);
      ChineseQuantities quantities = new ChineseQuantities(text, UNITS, new BitSet());
      for (int i = 0; i < text.length(); i++) {
        if (!quantities.startsNumber(i)) {
          continue;
        }
        if (quantities.isArabicInEnglish(i)) {
          turnedAway++;
          int at = i;
          assertNull(quantities.read(i), () -> "turned away a quantity at " + at + " of " + text);
        } else if (quantities.read(i) != null) {
          read++;
        }
      }
    }
    assertTrue(turnedAway > 2_000, "numbers turned away: " + turnedAway);
    assertTrue(read > 2_000, "quantities read: " + read);
  }
}
