package org.sinoterm.quantity;

import java.math.BigDecimal;

/**
 * Reads a number written with Chinese numerals, Arabic digits or both: 十 → 10, 十五 → 15, 两千 → 2000,
 * 一百零五 → 105, 二〇二一 → 2021, 1.3万亿 → 1300000000000, 3万4000 → 34000, 1,100万 → 11000000,
 * 二十万亿 → 20000000000000, 三万五 → 35000, 二十五点五 → 25.5, 一点三万亿 → 1300000000000.
 *
 * <p>The scales 十, 百, 千 multiply the digit before them within a section and must fall from left to right;
 * 万 (10^4) and 亿 (10^8) close a section, and 亿 also multiplies everything before it, so that 一万亿 is 10^12.
 * 零 holds a place (一百零五). A last digit right after a scale counts in the next lower unit, as in speech:
 * 三万五 is 35000 and 一百二 is 120. A run of digits without any scale (二〇二一) is read digit by digit, as years
 * are written. 点 is the decimal point: the digits after it are read one by one, and a scale that follows them
 * (万, 亿, 万亿, …) multiplies the whole number, as in 一点三万亿.
 */
public final class ChineseNumber {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private ChineseNumber() {
  }

  /** The digit value of a Chinese numeral character, or -1. */
  public static int digit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '贰' -> 2;
      case '三', '叁' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** The value of 十, 百, 千 (and their financial forms), or 0. */
  private static int smallScale(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      default -> 0;
    };
  }

  /** True if {@code c} can be part of a number this class reads. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || smallScale(c) > 0 || c == '万' || c == '亿' || c == '萬' || c == '億'
        || (c >= '0' && c <= '9') || c == '.' || c == ',';
  }

  /**
   * Parses {@code text}, which must consist only of numeral characters.
   *
   * @return the value, or null if the text is not a well-formed number
   */
  public static BigDecimal parse(CharSequence text) {
    String s = text.toString();
    int point = s.indexOf('点');
    if (point >= 0) {
      return parseWithPoint(s, point);
    }
    return new Parser().parse(s);
  }

  /** The scales that may follow the digits after 点: 一点三万亿, 二点五亿, 一点二万. */
  private static final String[] SCALES_AFTER_POINT = {"万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿",
    "万", ""};

  /** 二十五点五 → 25.5, 一点三万亿 → 1.3 × 10^12; null unless both sides are well formed. */
  private static BigDecimal parseWithPoint(String s, int point) {
    if (point == 0 || s.indexOf('点', point + 1) >= 0) {
      return null;
    }
    String rest = s.substring(point + 1);
    for (String scale : SCALES_AFTER_POINT) {
      if (!rest.endsWith(scale) || rest.length() == scale.length()) {
        continue;
      }
      String fraction = rest.substring(0, rest.length() - scale.length());
      StringBuilder digits = new StringBuilder("0.");
      for (int i = 0; i < fraction.length(); i++) {
        char c = fraction.charAt(i);
        int d = c >= '0' && c <= '9' ? c - '0' : digit(c);
        if (d < 0 || c == '两') {
          return null;
        }
        digits.append((char) ('0' + d));
      }
      String whole = s.substring(0, point);
      BigDecimal integer = new Parser().parse(whole);
      if (integer == null || integer.scale() > 0
          || (!scale.isEmpty() && (whole.indexOf('万') >= 0 || whole.indexOf('亿') >= 0))) {
        return null;
      }
      BigDecimal value = integer.add(new BigDecimal(digits.toString()));
      if (!scale.isEmpty()) {
        value = value.multiply(new Parser().parse("一" + scale));
      }
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
    return null;
  }

  /** The state of one parse. */
  private static final class Parser {
    private BigDecimal total = BigDecimal.ZERO;   // everything up to the last 亿
    private BigDecimal wan = BigDecimal.ZERO;     // the 万 section after it
    private BigDecimal section = BigDecimal.ZERO; // below 万
    private BigDecimal number;                    // the number waiting for a scale
    private int lastSmallScale = Integer.MAX_VALUE; // within the section, scales must fall
    private BigDecimal scaleBefore;               // the scale just before the waiting number, for 三万五
    private boolean anyScale;
    private final StringBuilder plainDigits = new StringBuilder();

    BigDecimal parse(CharSequence text) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if ((c >= '0' && c <= '9') || c == '.') {
          int start = i;
          StringBuilder digits = new StringBuilder();
          while (i < text.length() && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || text.charAt(i) == '.'
              || (text.charAt(i) == ',' && i > start))) {
            if (text.charAt(i) != ',') {
              digits.append(text.charAt(i));
            }
            i++;
          }
          if (number != null && anyScale) {
            return null;
          }
          number = decimal(digits);
          if (number == null) {
            return null;
          }
          plainDigits.append(digits);
          scaleBefore = null; // Arabic digits are never an elided unit: 3万4 is 30004
          continue;
        }
        if (!accept(c)) {
          return null;
        }
        i++;
      }
      return finish();
    }

    private boolean accept(char c) {
      int digit = digit(c);
      int scale = smallScale(c);
      if (digit >= 0) {
        if (!anyScale) {
          plainDigits.append((char) ('0' + digit));
          number = decimal(plainDigits);
          return true;
        }
        if (digit == 0) { // 零 holds a place: 一百零五
          scaleBefore = null;
          return true;
        }
        if (number != null) {
          return false;
        }
        number = BigDecimal.valueOf(digit);
        return true;
      }
      if (scale > 0) {
        if (scale >= lastSmallScale) {
          return false;
        }
        if (number == null && (scale != 10 || section.signum() != 0)) {
          return false; // only 十 may stand alone, and only first: 十五, 二十万
        }
        if (number != null && number.compareTo(TEN) >= 0) {
          return false;
        }
        section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(scale)));
        return scaled(scale, BigDecimal.valueOf(scale));
      }
      if (c == '万' || c == '萬') {
        BigDecimal value = section.add(number == null ? BigDecimal.ZERO : number);
        if (value.signum() == 0 || wan.signum() != 0) {
          return false;
        }
        wan = value.multiply(TEN_THOUSAND);
        section = BigDecimal.ZERO;
        return scaled(Integer.MAX_VALUE, TEN_THOUSAND);
      }
      if (c == '亿' || c == '億') {
        BigDecimal value = total.add(wan).add(section).add(number == null ? BigDecimal.ZERO : number);
        if (value.signum() == 0) {
          return false;
        }
        total = value.multiply(HUNDRED_MILLION);
        wan = BigDecimal.ZERO;
        section = BigDecimal.ZERO;
        return scaled(Integer.MAX_VALUE, HUNDRED_MILLION);
      }
      return false;
    }

    private boolean scaled(int smallScale, BigDecimal scale) {
      anyScale = true;
      number = null;
      lastSmallScale = smallScale;
      scaleBefore = scale;
      return true;
    }

    BigDecimal finish() {
      if (!anyScale) {
        return plainDigits.isEmpty() ? null : decimal(plainDigits);
      }
      BigDecimal last = number == null ? BigDecimal.ZERO : number;
      if (number != null && scaleBefore != null && scaleBefore.compareTo(TEN) > 0) {
        last = last.multiply(scaleBefore).divide(TEN); // 三万五: the five counts thousands
      }
      BigDecimal result = total.add(wan).add(section).add(last);
      BigDecimal stripped = result.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(CharSequence digits) {
      String s = digits.toString();
      if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.indexOf('.') != s.lastIndexOf('.')) {
        return null;
      }
      return new BigDecimal(s);
    }
  }
}
