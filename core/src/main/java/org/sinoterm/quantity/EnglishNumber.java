package org.sinoterm.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinoterm.text.AsciiWordSet;

/**
 * Reads numbers written in English words, alone or after digits: "six" → 6, "twenty-five" → 25, "one hundred and
 * five" → 105, "a dozen" → 12, "three hundred thousand" → 300000, "one million" → 1000000, "1.3 trillion" →
 * 1300000000000, "16.3 bn" → 16300000000, "ten quadrillion" → 10^16.
 *
 * <p>Words are read left to right: units and tens add up; "hundred" multiplies what stands before it; a scale
 * word (thousand, million, billion, trillion, quadrillion and their abbreviations) closes a group, and scales must
 * fall from left to right, so that "one thousand one million" is not a number.
 */
public final class EnglishNumber {

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
      Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)),
      Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
      Map.entry("m", BigDecimal.TEN.pow(6)), Map.entry("mln", BigDecimal.TEN.pow(6)),
      Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
      Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("bln", BigDecimal.TEN.pow(9)),
      Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("tn", BigDecimal.TEN.pow(12)),
      Map.entry("trn", BigDecimal.TEN.pow(12)), Map.entry("quadrillion", BigDecimal.TEN.pow(15)));
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /**
   * The first three letters (lower case) of the number words below a hundred, each as one bit (see {@link
   * #prefixBit}): three letters turn away "the", "on", "technology" and "sector", which two ("th", "on", "te", "se")
   * let through.
   */
  private static final long[] SMALL_PREFIXES = new long[(26 * 26 * 26 + 63) / 64];

  static {
    for (String word : SMALL.keySet()) {
      addPrefix(word);
    }
    for (String word : TENS.keySet()) {
      addPrefix(word);
    }
  }

  private static void addPrefix(String word) {
    int bit = prefixBit(word.charAt(0), word.charAt(1), word.charAt(2));
    SMALL_PREFIXES[bit >>> 6] |= 1L << bit;
  }

  /**
   * The bit of three letters in {@link #SMALL_PREFIXES}, {@code (first * 26 + second) * 26 + third} with a = 0, or -1
   * if one is not an ASCII letter.
   */
  private static int prefixBit(char first, char second, char third) {
    int a = (first | 0x20) - 'a';
    int b = (second | 0x20) - 'a';
    int c = (third | 0x20) - 'a';
    if (first >= 0x80 || second >= 0x80 || third >= 0x80 || a < 0 || a >= 26 || b < 0 || b >= 26 || c < 0
        || c >= 26) {
      return -1;
    }
    return (a * 26 + b) * 26 + c;
  }

  private EnglishNumber() {
  }

  /** True if {@code word} (any case) is a number word or a scale: "six", "Twenty", "million", "dozen", "bn". */
  public static boolean isNumberWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SMALL.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w) || w.equals("hundred")
        || w.equals("dozen") || isHyphenatedTens(w);
  }

  /** The number words below a hundred, "twenty-five" included. */
  private static final AsciiWordSet BELOW_HUNDRED = belowHundred();

  private static AsciiWordSet belowHundred() {
    List<String> words = new ArrayList<>(SMALL.keySet());
    words.addAll(TENS.keySet());
    for (String tens : TENS.keySet()) {
      for (Map.Entry<String, Integer> unit : SMALL.entrySet()) {
        if (unit.getValue() > 0 && unit.getValue() < 10) {
          words.add(tens + "-" + unit.getKey());
        }
      }
    }
    return new AsciiWordSet(words);
  }

  /**
   * True if {@code text[start, end)} is, in any case, a number word below a hundred: "six", "Twenty", "forty-two"
   * ({@link #isNumberWord} of it, but not a scale, "hundred" or "dozen"). Allocates nothing.
   */
  static boolean isBelowHundred(CharSequence text, int start, int end) {
    return BELOW_HUNDRED.contains(text, start, end);
  }

  /**
   * True if a word beginning with {@code first}, {@code second} and {@code third} (any case) may be a number word
   * below a hundred, "twenty-five" included: a test on three characters that spares building the words of ordinary
   * prose. Every such word has at least three letters.
   */
  static boolean mayBeginBelowHundred(char first, char second, char third) {
    int bit = prefixBit(first, second, third);
    return bit >= 0 && (SMALL_PREFIXES[bit >>> 6] & 1L << bit) != 0;
  }

  /** True if {@code word} is a scale word: thousand, million, bn, … (not "hundred"). */
  public static boolean isScale(String word) {
    return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The value of a scale word, or null. */
  public static BigDecimal scale(String word) {
    return SCALES.get(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isHyphenatedTens(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && TENS.containsKey(w.substring(0, hyphen))
        && SMALL.getOrDefault(w.substring(hyphen + 1), 0) > 0 && SMALL.get(w.substring(hyphen + 1)) < 10;
  }

  /**
   * Parses a number from words: "six", "twenty-five", "twenty five", "one hundred and five", "a dozen",
   * "a million", "three hundred thousand", "one million two hundred thousand and six", or a decimal followed by
   * at most one scale ("1.3 trillion", "16.3 bn", "50,000").
   *
   * <pre>
   * number := decimal [scale] | "zero" | (group scale ["and"])* [group]
   * group  := ("a" | unit) "hundred" ["and" below100] | ["a" | below100] "dozen" | below100
   * </pre>
   *
   * @return the value, or null if the words are not exactly one well-formed number
   */
  public static BigDecimal parse(List<String> words) {
    return new Parser(words).number();
  }

  /** Recursive descent over the words, one instance per parse. */
  private static final class Parser {
    private final List<String> words;
    private int pos;

    Parser(List<String> words) {
      this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    BigDecimal number() {
      if (words.isEmpty()) {
        return null;
      }
      if (isDecimal(words.get(0))) {
        BigDecimal value = new BigDecimal(words.get(0).replace(",", ""));
        pos = 1;
        if (pos < words.size() && SCALES.containsKey(peek())) {
          value = value.multiply(SCALES.get(next()));
        }
        return pos == words.size() ? plain(value) : null;
      }
      if (words.size() == 1 && words.get(0).equals("zero")) {
        return BigDecimal.ZERO;
      }
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal lastScale = null;
      while (pos < words.size()) {
        BigDecimal group = group();
        if (group == null || group.signum() == 0) {
          return null;
        }
        if (pos < words.size() && SCALES.containsKey(peek())) {
          BigDecimal scale = SCALES.get(next());
          if (lastScale != null && scale.compareTo(lastScale) >= 0) {
            return null;
          }
          total = total.add(group.multiply(scale));
          lastScale = scale;
          if (pos < words.size() - 1 && peek().equals("and")) {
            pos++;
          }
        } else {
          total = total.add(group);
          return pos == words.size() ? plain(total) : null;
        }
      }
      return lastScale == null ? null : plain(total);
    }

    private BigDecimal group() {
      if (peek().equals("a") || peek().equals("an")) {
        pos++;
        if (pos >= words.size() || !(peek().equals("hundred") || peek().equals("dozen")
            || SCALES.containsKey(peek()))) {
          return null;
        }
        if (peek().equals("hundred")) {
          pos++;
          return afterHundred(BigDecimal.ONE);
        }
        if (peek().equals("dozen")) {
          pos++;
          return BigDecimal.valueOf(12);
        }
        return BigDecimal.ONE;
      }
      BigDecimal below = below100();
      if (below == null) {
        return null;
      }
      if (pos < words.size() && peek().equals("hundred")) {
        if (below.compareTo(BigDecimal.TEN) >= 0) {
          return null; // "twenty hundred" is a way of saying a year, not a quantity
        }
        pos++;
        return afterHundred(below);
      }
      if (pos < words.size() && peek().equals("dozen")) {
        pos++;
        return below.multiply(BigDecimal.valueOf(12));
      }
      return below;
    }

    private BigDecimal afterHundred(BigDecimal hundreds) {
      BigDecimal value = hundreds.multiply(HUNDRED);
      if (pos < words.size() - 1 && peek().equals("and")) {
        pos++;
        BigDecimal rest = below100();
        return rest == null || rest.signum() == 0 ? null : value.add(rest);
      }
      if (pos < words.size() && (SMALL.containsKey(peek()) || TENS.containsKey(peek())
          || isHyphenatedTens(peek()))) {
        BigDecimal rest = below100();
        return rest == null || rest.signum() == 0 ? null : value.add(rest);
      }
      return value;
    }

    /** 1 to 99: "seven", "seventeen", "seventy", "seventy-seven", "seventy seven". */
    private BigDecimal below100() {
      if (pos >= words.size()) {
        return null;
      }
      String word = peek();
      if (isHyphenatedTens(word)) {
        pos++;
        int hyphen = word.indexOf('-');
        return BigDecimal.valueOf(TENS.get(word.substring(0, hyphen)) + SMALL.get(word.substring(hyphen + 1)));
      }
      Integer tens = TENS.get(word);
      if (tens != null) {
        pos++;
        if (pos < words.size()) {
          Integer unit = SMALL.get(peek());
          if (unit != null && unit > 0 && unit < 10) {
            pos++;
            return BigDecimal.valueOf(tens + unit);
          }
        }
        return BigDecimal.valueOf(tens);
      }
      Integer small = SMALL.get(word);
      if (small != null && small > 0) {
        pos++;
        return BigDecimal.valueOf(small);
      }
      return null;
    }

    private String peek() {
      return words.get(pos);
    }

    private String next() {
      return words.get(pos++);
    }
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static boolean isDecimal(String word) {
    if (word.isEmpty()) {
      return false;
    }
    boolean digit = false;
    boolean point = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point && i > 0 && i < word.length() - 1) {
        point = true;
      } else if (c != ',' || i == 0 || i == word.length() - 1) {
        return false;
      }
    }
    return digit;
  }
}
