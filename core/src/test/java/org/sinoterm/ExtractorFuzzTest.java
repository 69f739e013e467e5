package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Fuzzes the whole default extractor (every entity type, bundled dictionaries): whatever the text, extraction
 * returns, keeps every invariant of {@link ExtractorInvariantsTest#checkInvariants}, gives the same result twice,
 * and stays within {@link FuzzInput#budgetMillis(int)}. Saved inputs are in {@code ExtractorFuzzTestInputs/}.
 */
class ExtractorFuzzTest {

  private static final Extractor EXTRACTOR = Sinoterm.extractor();
  private static final LocalDate DATE = LocalDate.of(2022, 1, 5);

  static {
    // The first Chinese text loads HanLP and the aligner's lexicons: once, not inside an input's budget.
    EXTRACTOR.extract("十部门关于印发《“十四五”医疗装备产业发展规划》的通知 (14th Five-Year Plan for Medical Equipment), "
        + "MIIT, 2021年12月28日, CNY 1.3 trillion, 数字经济 (digital economy)");
  }

  @FuzzTest(maxDuration = "3m")
  void extract(byte[] bytes) {
    String text = FuzzInput.text(bytes);
    Extraction first = FuzzInput.withinBudget(text.length(), () -> EXTRACTOR.extract(text));
    ExtractorInvariantsTest.checkInvariants(text, first);
    assertEquals(first, EXTRACTOR.extract(text), "not deterministic");
    ExtractorInvariantsTest.checkInvariants(text, EXTRACTOR.extract(text, DATE));
  }
}
