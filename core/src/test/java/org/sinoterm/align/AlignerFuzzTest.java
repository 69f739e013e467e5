package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sinoterm.Alignment;
import org.sinoterm.FuzzInput;
import org.sinoterm.Sinoterm;

/**
 * Fuzzes the public aligner, {@code Sinoterm.aligner()}: the input is a Chinese and an English text separated by
 * the first TAB. Alignment never throws; the score and coverages are finite numbers in [0, 1]; every aligned word
 * is text of its side at its offsets; {@code score} agrees with {@code align}; the explanation can be written; and
 * the pair is aligned within the time budget.
 */
class AlignerFuzzTest {

  private static final WordAligner ALIGNER = (WordAligner) Sinoterm.aligner();

  static {
    ALIGNER.align("十四五机器人产业发展规划", "14th Five-Year Plan for the Robotics Industry"); // loads the lexicons
  }

  @FuzzTest(maxDuration = "3m")
  void align(byte[] bytes) {
    String input = FuzzInput.text(bytes);
    int tab = input.indexOf('\t');
    String zh = tab < 0 ? input : input.substring(0, tab);
    String en = tab < 0 ? "" : input.substring(tab + 1);
    Alignment alignment = FuzzInput.withinBudget(input.length(), () -> ALIGNER.align(zh, en));
    assertUnit(alignment.score());
    assertUnit(alignment.chineseCoverage());
    assertUnit(alignment.englishCoverage());
    for (Alignment.WordPair pair : alignment.pairs()) {
      assertNotNull(pair.evidence());
      assertUnit(pair.strength());
    }
    assertNotNull(alignment.explain());
    assertEquals(alignment.score(), ALIGNER.score(zh, en), 1e-9);
  }

  private static void assertUnit(double value) {
    assertTrue(Double.isFinite(value) && value >= 0 && value <= 1, () -> "not in [0, 1]: " + value);
  }
}
