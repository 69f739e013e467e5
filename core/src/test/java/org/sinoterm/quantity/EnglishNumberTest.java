package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sinoterm.text.RandomPieces;

class EnglishNumberTest {

  private static BigDecimal parse(String words) {
    return EnglishNumber.parse(List.of(words.trim().split(" +")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      zero                                   | 0
      six                                    | 6
      Twenty-five                            | 25
      twenty five                            | 25
      one hundred and five                   | 105
      a hundred                              | 100
      a dozen                                | 12
      two dozen                              | 24
      a million                              | 1000000
      three hundred thousand                 | 300000
      one million two hundred thousand and six | 1200006
      1.3 trillion                           | 1300000000000
      16.3 bn                                | 16300000000
      70 billion                             | 70000000000
      50,000                                 | 50000
      ten quadrillion                        | 10000000000000000
      """)
  void parses(String words, String expected) {
    assertEquals(new BigDecimal(expected), parse(words));
  }

  @ParameterizedTest
  @ValueSource(strings = {"five six", "twenty thirty", "one thousand one million", "hundred", "and five",
      "twenty hundred", "a", "one and", "1.3 million billion", "zero zero", "six robots", "a five"})
  void rejects(String words) {
    assertNull(parse(words));
  }

  /** Writes {@code n} in English words, choosing at random between the forms people write. */
  static String write(BigInteger n, Random random) {
    if (n.signum() == 0) {
      return "zero";
    }
    String[] scales = {"", "thousand", "million", "billion", "trillion", "quadrillion"};
    List<String> groups = new ArrayList<>();
    BigInteger thousand = BigInteger.valueOf(1000);
    for (int i = 0; n.signum() > 0; i++) {
      int group = n.mod(thousand).intValue();
      if (group > 0) {
        groups.add(0, below1000(group, random) + (scales[i].isEmpty() ? "" : " " + scales[i]));
      }
      n = n.divide(thousand);
    }
    return String.join(" ", groups);
  }

  private static String below1000(int n, Random random) {
    String[] small = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    StringBuilder out = new StringBuilder();
    if (n >= 100) {
      out.append(small[n / 100]).append(" hundred");
      if (n % 100 != 0) {
        out.append(random.nextBoolean() ? " and " : " ");
      }
    }
    int rest = n % 100;
    if (rest >= 20) {
      out.append(tens[rest / 10]);
      if (rest % 10 != 0) {
        out.append(random.nextBoolean() ? "-" : " ").append(small[rest % 10]);
      }
    } else if (rest > 0) {
      out.append(small[rest]);
    }
    return out.toString();
  }

  @Test
  void everyNumberWrittenInWordsParsesBackToItself() {
    Random random = new Random(16);
    BigInteger limit = BigInteger.TEN.pow(16);
    for (int round = 0; round < 20_000; round++) {
      BigInteger n = switch (round % 4) {
        case 0 -> BigInteger.valueOf(random.nextInt(1000));
        case 1 -> BigInteger.valueOf(random.nextInt(1_000_000));
        case 2 -> new BigInteger(54, random).mod(limit.add(BigInteger.ONE));
        default -> BigInteger.valueOf(1 + random.nextInt(999)).multiply(BigInteger.TEN.pow(3 * (1 + random.nextInt(5))));
      };
      String words = write(n, random);
      assertEquals(new BigDecimal(n), parse(words), words);
    }
    assertEquals(new BigDecimal(limit), parse(write(limit, random)));
  }

  @Test
  void decimalsWithAScaleParseExactly() {
    Random random = new Random(3);
    String[] scales = {"thousand", "million", "billion", "trillion"};
    for (int round = 0; round < 5000; round++) {
      BigDecimal decimal = BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4));
      int scale = random.nextInt(scales.length);
      BigDecimal expected = decimal.multiply(BigDecimal.TEN.pow(3 * (scale + 1))).stripTrailingZeros();
      BigDecimal actual = parse(decimal.toPlainString() + " " + scales[scale]);
      assertEquals(0, expected.compareTo(actual), decimal + " " + scales[scale]);
      assertEquals(-1, actual.toString().indexOf('E'), "plain, no exponent: " + actual);
    }
  }

  /** The allocation-free test of a word below a hundred agrees with the word lists on random words in any case. */
  @Test
  void belowHundredAgreesWithTheWordLists() {
    String[] pieces = {"six", "SIX", "Twenty", "twenty", "-", "five", "Five", "one", "teen", "hundred", "dozen",
      "million", "bn", "zero", "ty", "s", "'", "İ", "K", "ſ", "n", "a", "thirty", "nine", "ninety", "x"};
    Random random = new Random(17);
    for (int round = 0; round < 30_000; round++) {
      String w = RandomPieces.join(random, pieces, 1, 3, false);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean expected = EnglishNumber.isNumberWord(w) && !EnglishNumber.isScale(w) && !lower.equals("hundred")
          && !lower.equals("dozen");
      String padded = "(" + w + ")";
      assertEquals(expected, EnglishNumber.isBelowHundred(padded, 1, padded.length() - 1), w);
      if (expected) {
        assertTrue(EnglishNumber.mayBeginBelowHundred(w.charAt(0), w.charAt(1), w.charAt(2)), w);
      }
    }
  }

  /** Three letters let every number word below a hundred through, and turn away common words that two would not. */
  @Test
  void threeLettersTellNumberWordsFromProse() {
    for (String w : List.of("one", "Two", "THREE", "thirteen", "thirty", "four", "forty", "five", "fifteen", "six",
        "seven", "Eighty", "nine", "ten", "eleven", "twelve", "twenty", "zero")) {
      assertTrue(EnglishNumber.mayBeginBelowHundred(w.charAt(0), w.charAt(1), w.charAt(2)), w);
    }
    for (String w : List.of("the", "The", "on ", "technology", "sector", "first", "since", "tea")) {
      assertFalse(EnglishNumber.mayBeginBelowHundred(w.charAt(0), w.charAt(1), w.charAt(2)), w);
    }
  }
}
