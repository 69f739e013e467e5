package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.sinoterm.FuzzInput;

/**
 * Fuzzes the English and the Chinese number parsers: on any words or characters they return null or a
 * non-negative number, within the time budget; and a number written out in words (English) or numerals (Chinese)
 * by the independent writers below reads back as itself.
 */
class NumberParsersFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void englishWords(byte[] bytes) {
    String text = FuzzInput.text(bytes);
    List<String> words = Arrays.asList(text.split(" ", -1));
    BigDecimal value = FuzzInput.withinBudget(text.length(), () -> EnglishNumber.parse(words));
    assertTrue(value == null || value.signum() >= 0, () -> words + " read as " + value);
  }

  @FuzzTest(maxDuration = "3m")
  void chineseNumerals(byte[] bytes) {
    String text = FuzzInput.text(bytes);
    BigDecimal value = FuzzInput.withinBudget(text.length(), () -> ChineseNumber.parse(text));
    assertTrue(value == null || value.signum() >= 0, () -> text + " read as " + value);
  }

  @FuzzTest(maxDuration = "3m")
  void roundTrips(FuzzedDataProvider data) {
    long n = data.consumeLong(0, 999_999_999_999L);
    String english = EnglishNumbers.write(n);
    assertEquals(BigDecimal.valueOf(n), EnglishNumber.parse(Arrays.asList(english.split(" "))), english);
    String chinese = ChineseNumerals.write(n);
    assertEquals(BigDecimal.valueOf(n), ChineseNumber.parse(chinese), chinese);
  }

  /** Writes a number in English words the way style guides do: "one million two hundred thousand and six". */
  static final class EnglishNumbers {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};
    private static final String[] SCALES = {"billion", "million", "thousand", ""};

    static String write(long n) {
      if (n == 0) {
        return "zero";
      }
      StringBuilder out = new StringBuilder();
      long[] groups = {n / 1_000_000_000L % 1000, n / 1_000_000 % 1000, n / 1000 % 1000, n % 1000};
      for (int g = 0; g < groups.length; g++) {
        if (groups[g] == 0) {
          continue;
        }
        boolean last = g == groups.length - 1;
        if (last && out.length() > 0 && groups[g] < 100) {
          out.append(" and");
        }
        out.append(out.length() > 0 ? " " : "").append(belowThousand((int) groups[g]));
        if (!SCALES[g].isEmpty()) {
          out.append(' ').append(SCALES[g]);
        }
      }
      return out.toString();
    }

    private static String belowThousand(int n) {
      String rest = n % 100 == 0 ? "" : belowHundred(n % 100);
      if (n < 100) {
        return rest;
      }
      return SMALL[n / 100] + " hundred" + (rest.isEmpty() ? "" : " and " + rest);
    }

    private static String belowHundred(int n) {
      if (n < 20) {
        return SMALL[n];
      }
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }
  }

  /** Writes a number in Chinese numerals as the standard does: 一亿零五十万三千零二, 十五, 一千零一. */
  static final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    static String write(long n) {
      if (n == 0) {
        return "零";
      }
      String out = group(n / 100_000_000L, "亿", false, false)
          + group(n / 10_000 % 10_000, "万", n >= 100_000_000L, n / 10_000 % 10_000 < 1000)
          + group(n % 10_000, "", n >= 10_000, n % 10_000 < 1000);
      return out.startsWith("一十") ? out.substring(1) : out;
    }

    /** A group below 10,000 and its scale; {@code zeroBefore}: a 零 marks the gap after a higher group. */
    private static String group(long n, String scale, boolean higher, boolean gap) {
      if (n == 0) {
        return "";
      }
      StringBuilder out = new StringBuilder(higher && gap ? "零" : "");
      String[] units = {"千", "百", "十", ""};
      long[] digits = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
      boolean started = false;
      boolean zero = false;
      for (int k = 0; k < 4; k++) {
        if (digits[k] == 0) {
          zero = started;
          continue;
        }
        if (zero) {
          out.append('零');
          zero = false;
        }
        out.append(DIGITS.charAt((int) digits[k])).append(units[k]);
        started = true;
      }
      return out.append(scale).toString();
    }
  }
}
