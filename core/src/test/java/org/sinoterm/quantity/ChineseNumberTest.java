package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumberTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      十        | 10
      十五      | 15
      二十      | 20
      两千      | 2000
      一百零五   | 105
      一千零一   | 1001
      三百二十一 | 321
      二〇二一   | 2021
      一万       | 10000
      三亿五千万 | 350000000
      一万亿     | 1000000000000
      二十万亿   | 20000000000000
      1.3万亿    | 1300000000000
      3万4000    | 34000
      1,100万    | 11000000
      三万五     | 35000
      一百二     | 120
      三亿五     | 350000000
      一万零五百 | 10500
      3万4       | 30004
      15        | 15
      6.5       | 6.5
      """)
  void parses(String text, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumber.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "万", "亿", "十五x", "1.2.3", ".5", "3五万4000千百2", "千百", "五十百", "三万五万", "12千"})
  void rejects(String text) {
    assertNull(ChineseNumber.parse(text));
  }
}
