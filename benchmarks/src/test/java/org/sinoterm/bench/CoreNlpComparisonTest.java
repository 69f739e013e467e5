package org.sinoterm.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the comparison reads CoreNLP's normalized tags; the pipeline itself needs the models profile. */
class CoreNlpComparisonTest {

  @Test
  void readsValuesRangesBoundsAndApproximations() {
    assertTrue(CoreNlpComparison.numberRight(Map.of("value", "1300000000000"), "1.3E12"));
    assertTrue(CoreNlpComparison.numberRight(Map.of("value", "230000000000", "unit", "CNY"), "元2.3E11"));
    assertTrue(CoreNlpComparison.numberRight(Map.of("value", "1500", "approx", "true"), "~1500.0"));
    assertTrue(CoreNlpComparison.numberRight(Map.of("value", "5", "bound", "gte"), ">=5.0"));
    assertTrue(CoreNlpComparison.numberRight(Map.of("min", "6", "max", "8"), "6.0-8.0"));
    assertFalse(CoreNlpComparison.numberRight(Map.of("min", "6", "max", "8"), "6.0"));
    assertFalse(CoreNlpComparison.numberRight(Map.of("value", "12"), ">=12.0"));
    assertFalse(CoreNlpComparison.numberRight(Map.of("value", "12"), null));
    assertFalse(CoreNlpComparison.numberRight(Map.of("value", "12"), "twelve"));
  }

  @Test
  void readsDatesIntervalsAndDurations() {
    assertTrue(CoreNlpComparison.dateRight(Map.of("value", "2021-12-28"), "2021-12-28"));
    assertFalse(CoreNlpComparison.dateRight(Map.of("value", "2021-12-28"), "XXXX-12-28"));
    assertTrue(CoreNlpComparison.dateRight(Map.of("start", "2010", "end", "2020"), "2010/2020"));
    assertFalse(CoreNlpComparison.dateRight(Map.of("start", "2010", "end", "2020"), "PT87648H"));
    assertTrue(CoreNlpComparison.dateRight(Map.of("duration", "P5Y"), "P5Y"));
  }
}
