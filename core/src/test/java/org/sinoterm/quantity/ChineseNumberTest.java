package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
      二十五点五 | 25.5
      三点一四   | 3.14
      零点五     | 0.5
      一点三万亿 | 1300000000000
      二点五亿   | 250000000
      十点零五万 | 100500
      """)
  void parses(String text, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumber.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "万", "亿", "十五x", "1.2.3", ".5", "3五万4000千百2", "千百", "五十百", "三万五万", "12千", "点五", "一点",
      "一点二点三", "一万点五万", "一点两", "一点三千"})
  void rejects(String text) {
    assertNull(ChineseNumber.parse(text));
  }

  /** Writes {@code n} in Chinese numerals the standard way: 一万零五, 一千零五十, 十五, 一亿亿 for 10^16. */
  static String write(BigInteger n) {
    if (n.signum() == 0) {
      return "零";
    }
    BigInteger hundredMillion = BigInteger.valueOf(100_000_000);
    if (n.compareTo(hundredMillion) >= 0) {
      BigInteger high = n.divide(hundredMillion);
      BigInteger low = n.mod(hundredMillion);
      String head = write(high) + "亿";
      if (low.signum() == 0) {
        return head;
      }
      return head + (low.compareTo(BigInteger.valueOf(10_000_000)) < 0 ? "零" : "") + belowHundredMillion(low.intValue(), true);
    }
    return belowHundredMillion(n.intValue(), false);
  }

  private static String belowHundredMillion(int n, boolean afterHigher) {
    if (n >= 10_000) {
      int low = n % 10_000;
      String head = section(n / 10_000, afterHigher) + "万";
      return low == 0 ? head : head + (low < 1000 ? "零" : "") + section(low, true);
    }
    return section(n, afterHigher);
  }

  /** 1..9999; {@code afterHigher}: a higher section was written, so 10 is 一十 rather than 十. */
  private static String section(int n, boolean afterHigher) {
    String digits = "零一二三四五六七八九";
    String[] units = {"千", "百", "十", ""};
    int[] values = {1000, 100, 10, 1};
    StringBuilder out = new StringBuilder();
    boolean pendingZero = false;
    for (int i = 0; i < 4; i++) {
      int d = n / values[i] % 10;
      if (d == 0) {
        pendingZero = out.length() > 0;
        continue;
      }
      if (pendingZero) {
        out.append('零');
        pendingZero = false;
      }
      if (!(d == 1 && i == 2 && out.length() == 0 && !afterHigher)) {
        out.append(digits.charAt(d));
      }
      out.append(units[i]);
    }
    return out.toString();
  }

  @Test
  void everyNumberWrittenInChineseNumeralsParsesBackToItself() {
    Random random = new Random(16);
    BigInteger limit = BigInteger.TEN.pow(16);
    for (int round = 0; round < 20_000; round++) {
      BigInteger n = switch (round % 3) {
        case 0 -> BigInteger.valueOf(1 + random.nextInt(100_000));
        case 1 -> new BigInteger(54, random).mod(limit).add(BigInteger.ONE);
        default -> BigInteger.valueOf(1 + random.nextInt(9999)).multiply(BigInteger.TEN.pow(4 * random.nextInt(4)));
      };
      String written = write(n);
      assertEquals(new BigDecimal(n), ChineseNumber.parse(written), written);
    }
    assertEquals(new BigDecimal(limit), ChineseNumber.parse(write(limit)));
  }

  /** Decimals written out with 点 (二十五点五, 一点三万亿) parse back to themselves. */
  @Test
  void decimalsWrittenWithPointParseBackToThemselves() {
    Random random = new Random(11);
    String[] scales = {"", "万", "亿", "万亿"};
    BigDecimal[] values = {BigDecimal.ONE, BigDecimal.TEN.pow(4), BigDecimal.TEN.pow(8), BigDecimal.TEN.pow(12)};
    String digits = "零一二三四五六七八九";
    for (int round = 0; round < 5000; round++) {
      BigInteger whole = BigInteger.valueOf(random.nextInt(10_000));
      StringBuilder fraction = new StringBuilder();
      int places = 1 + random.nextInt(4);
      for (int i = 0; i < places; i++) {
        fraction.append(digits.charAt(random.nextInt(10)));
      }
      int scale = random.nextInt(scales.length);
      String written = write(whole) + "点" + fraction + scales[scale];
      StringBuilder plain = new StringBuilder(whole + ".");
      for (int i = 0; i < fraction.length(); i++) {
        plain.append(digits.indexOf(fraction.charAt(i)));
      }
      BigDecimal expected = new BigDecimal(plain.toString()).multiply(values[scale]);
      assertEquals(0, expected.compareTo(ChineseNumber.parse(written)), written);
    }
  }

  @Test
  void decimalsWithChineseScalesParseExactly() {
    Random random = new Random(5);
    String[] scales = {"万", "亿", "万亿"};
    BigDecimal[] values = {BigDecimal.TEN.pow(4), BigDecimal.TEN.pow(8), BigDecimal.TEN.pow(12)};
    for (int round = 0; round < 5000; round++) {
      BigDecimal decimal = BigDecimal.valueOf(1 + random.nextInt(99_999), random.nextInt(4));
      int scale = random.nextInt(scales.length);
      BigDecimal actual = ChineseNumber.parse(decimal.toPlainString() + scales[scale]);
      assertEquals(0, decimal.multiply(values[scale]).compareTo(actual), decimal + scales[scale]);
    }
  }
}
