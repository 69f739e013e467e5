package org.sinoterm.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.sinoterm.Quantity;
import org.sinoterm.text.Characters;

/**
 * Finds quantities written in Chinese, or in digits inside Chinese text:
 *
 * <pre>
 *   [change] [bound or approximation] [prefix unit] number [(至 | 到 | ~ | -) number] [unit or classifier]
 *   [/ unit] [以上 | 以下 | 以内 | 左右 | 上下]
 * </pre>
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>quantity</th></tr>
 *   <tr><td>1.3万亿元</td><td>1300000000000 CNY</td></tr>
 *   <tr><td>一千多万</td><td>10000000, bound GT</td></tr>
 *   <tr><td>6至8家</td><td>6–8 家</td></tr>
 *   <tr><td>1.2至1.5万亿元</td><td>1200000000000–1500000000000 CNY</td></tr>
 *   <tr><td>百分之二十; 20%以上</td><td>20 percent; 20 percent, bound GTE</td></tr>
 *   <tr><td>增长22.5% (the span is 22.5%)</td><td>22.5 percent, change INCREASE</td></tr>
 *   <tr><td>1200万千瓦; 300亿千瓦时</td><td>12000000 kW; 30000000000 kWh</td></tr>
 *   <tr><td>几十家; 十几个; 两三家</td><td>20–90 家; 12–19 个; 2–3 家</td></tr>
 * </table>
 *
 * <p>多 and 余 after a number mean "more than" it (一千多万 is over ten million); 几 stands for a digit from two to
 * nine, as the 现代汉语词典 defines it ("大于一而小于十的不定的数目"), so 几十 is 20–90; two neighbouring digits
 * (两三, 七八) are a range. 以上 and 以下 include the number itself and 超过, 不足 exclude it, as the Civil Code reads
 * them (民法典 第一千二百五十九条: "以上、以下、以内、届满，包括本数；不满、超过、以外，不包括本数"). The unit of a
 * counted quantity is its classifier (家, 个, 项). A scale before a unit is applied: 万千瓦 is ten thousand kW.
 *
 * <p>Not quantities: ordinals (第三), numbers of years, months or days (五年, 3个月: durations), collective issuers
 * (十部门, 三部委: bodies), 一 with a classifier (一批, 一家: an article, "a"), bare Chinese numerals without a unit or
 * a 万/亿 scale (十分, 一体化, "十四五"), document numbers (国办发〔2021〕5号) and numbers glued to Latin letters (5G).
 */
final class ChineseQuantities {

  /** Words before a number that bound it, longest first where one ends another. */
  private static final String[][] LEADS = {
    {"不超过", "LTE"}, {"不高于", "LTE"}, {"不多于", "LTE"}, {"不大于", "LTE"}, {"最多", "LTE"}, {"至多", "LTE"},
    {"不少于", "GTE"}, {"不低于", "GTE"}, {"不小于", "GTE"}, {"不下于", "GTE"}, {"至少", "GTE"}, {"最少", "GTE"},
    {"超过", "GT"}, {"高于", "GT"}, {"多于", "GT"}, {"大于", "GT"}, {"逾", "GT"}, {"超", "GT"},
    {"低于", "LT"}, {"少于", "LT"}, {"小于", "LT"}, {"不足", "LT"}, {"不到", "LT"}, {"未满", "LT"},
    {"约为", "~"}, {"约合", "~"}, {"大约", "~"}, {"大概", "~"}, {"将近", "~"}, {"接近", "~"}, {"约", "~"},
    {"近", "~"},
  };
  /** Words after a quantity that bound it or make it approximate. */
  private static final String[][] TAILS = {
    {"及以上", "GTE"}, {"或以上", "GTE"}, {"以上", "GTE"}, {"及以下", "LTE"}, {"或以下", "LTE"}, {"以下", "LTE"},
    {"以内", "LTE"}, {"之内", "LTE"}, {"左右", "~"}, {"上下", "~"},
  };
  /** Words right before a quantity that make it a rise or a fall; "同比" before them makes it year-on-year. */
  private static final String[] INCREASE = {"增长了", "增加了", "提高了", "提升了", "上升了", "上涨了", "增长",
    "增加", "提高", "提升", "上升", "上涨", "扩大", "增幅为", "增幅达", "同比增"};
  private static final String[] DECREASE = {"下降了", "降低了", "减少了", "下滑了", "下跌了", "下降", "降低", "减少",
    "下滑", "回落", "缩减", "削减", "下跌", "萎缩", "降幅为", "降幅达", "同比降", "同比减"};
  /** What may follow a number and makes it a time span, not a quantity. */
  private static final String[] TIME_WORDS = {"年", "月", "日", "天", "周", "星期", "小时", "分钟", "秒", "季度",
    "世纪", "个月", "个小时", "个星期", "个工作日", "个季度", "个世纪"};
  /** What may follow a bare number and makes it a label: 5号文件, 第3届, 2版. */
  private static final String LABEL_CHARS = "号届期级代版楼层章节";
  private static final String PAIR_DIGITS = "一两二三四五六七八九";
  private static final int MAX_RUN = 24;

  private static final double CONFIDENCE = 0.92;
  private static final double BARE_CONFIDENCE = 0.8;

  private final String t;
  private final UnitDictionary units;
  private final BitSet blocked;

  /** A number read from the text. */
  private record Number(int start, int end, BigDecimal value, BigDecimal min, BigDecimal max, boolean more,
      boolean bigScale, boolean arabicOnly, boolean plainOne, BigDecimal trailingScale) {
  }

  ChineseQuantities(String text, UnitDictionary units, BitSet blocked) {
    this.t = text;
    this.units = units;
    this.blocked = blocked;
  }

  /**
   * True if a number at {@code [start, end)} of {@code text} is written as part of Chinese text: a Han character or
   * Chinese punctuation touches it, or follows its percent sign.
   */
  static boolean inChineseContext(String text, int start, int end) {
    if (start > 0 && isChineseChar(text.charAt(start - 1))) {
      return true;
    }
    if (end < text.length() && isChineseChar(text.charAt(end))) {
      return true;
    }
    return end + 1 < text.length() && text.charAt(end) == '%' && Characters.isHan(text.charAt(end + 1));
  }

  private static boolean isChineseChar(char c) {
    return Characters.isHan(c) || (c >= '\u3001' && c <= '\u301F');
  }

  List<QuantityRecognizer.Found> find() {
    List<QuantityRecognizer.Found> found = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c < '\u3007' && (c < '0' || c > '9')) { // no number starts here (see startsNumber): most of English text
        i++;
        continue;
      }
      QuantityRecognizer.Found quantity = blocked.get(i) ? null : quantityAt(i);
      if (quantity != null) {
        found.add(quantity);
        i = quantity.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private QuantityRecognizer.Found quantityAt(int at) {
    if (!startsNumber(at) || isArabicInEnglish(at)) {
      return null;
    }
    return read(at);
  }

  /**
   * True if the number at {@code at} is written in Arabic digits (with points and commas) and neither follows nor is
   * followed by Chinese: "2021" and "50,000" in English text, which {@link #read} would read only to find them
   * outside a Chinese context and return null. EnglishQuantities reads them.
   */
  boolean isArabicInEnglish(int at) {
    if (!Characters.isAsciiDigit(t.charAt(at))) {
      return false;
    }
    int end = at;
    while (end < t.length()
        && (Characters.isAsciiDigit(t.charAt(end)) || t.charAt(end) == '.' || t.charAt(end) == ',')) {
      end++;
    }
    // Every end read() may choose lies in [at, end], and before `end` come only digits, points and commas.
    return !inChineseContext(t, at, end);
  }

  /** The quantity whose number starts at {@code at}, where {@link #startsNumber} holds; or null. */
  QuantityRecognizer.Found read(int at) {
    int start = at;
    String unit = null;
    boolean percentPrefix = t.startsWith("百分之", at);
    int numberStart = percentPrefix ? at + 3 : at;
    Number first = readNumber(numberStart);
    if (first == null) {
      return null;
    }
    if (percentPrefix) {
      unit = "percent";
    } else if (first.arabicOnly() && !inChineseContext(t, first.start(), first.end())) {
      return null; // English text: EnglishQuantities reads it
    }
    UnitDictionary.Found prefix = percentPrefix ? null : units.prefixEndingAt(t, start);
    if (prefix != null && prefix.unit().kind().equals("currency")) {
      unit = prefix.unit().symbol(); // 人民币1.3万亿元
      start = prefix.start();
    }
    int end = first.end();
    BigDecimal value = first.value();
    BigDecimal min = first.min();
    BigDecimal max = first.max();
    boolean more = first.more();
    boolean countClassifier = false;
    UnitDictionary.Found firstUnit = percentPrefix ? null : unitAt(end);
    int afterFirst = firstUnit != null ? firstUnit.end() : end;

    Number second = value != null ? rangeEnd(afterFirst, percentPrefix) : null;
    if (second != null && firstUnit != null) {
      UnitDictionary.Found secondUnit = unitAt(second.end());
      if (secondUnit == null || !secondUnit.unit().symbol().equals(firstUnit.unit().symbol())) {
        second = null;
      }
    }
    if (second != null) {
      BigDecimal low = value;
      BigDecimal high = second.value();
      if (!first.bigScale() && second.trailingScale() != null
          && low.multiply(second.trailingScale()).compareTo(high) <= 0) {
        low = low.multiply(second.trailingScale()); // 1.2至1.5万亿元, 6至8万
      }
      if (low.compareTo(high) < 0) {
        min = low;
        max = high;
        value = null;
        more = false;
        end = second.end();
        first = new Number(first.start(), second.end(), null, low, high, false, second.bigScale(),
            first.arabicOnly() && second.arabicOnly(), false, null);
      } else {
        second = null;
      }
    }
    UnitDictionary.Found suffix = percentPrefix ? null : second != null ? unitAt(end) : firstUnit;
    if (suffix != null) {
      if (unit != null && !unit.equals(suffix.unit().symbol()) && !"currency".equals(suffix.unit().kind())) {
        suffix = null; // 人民币…家 does not happen; keep the prefix
      } else {
        unit = suffix.unit().symbol();
        end = suffix.end();
        countClassifier = suffix.unit().kind().equals("count");
        if (countClassifier && isCollectiveIssuer(suffix)) {
          return null; // 十部门, 三部委: bodies
        }
      }
    }
    if (startsTimeWord(end) || (countClassifier && startsTimeWord(suffix.start()))) {
      return null; // 五年, 3个月
    }
    if (unit == null && !first.bigScale() && !first.arabicOnly()) {
      return null; // 十分, 一体化
    }
    if (countClassifier && first.plainOne()) {
      return null; // 一批, 一家: "a", not a count
    }
    if (unit == null && first.start() > 0 && t.charAt(first.start() - 1) == '〔' && end < t.length()
        && t.charAt(end) == '〕') {
      return null; // 国办发〔2021〕5号: a document number
    }
    if (unit == null && end < t.length() && (LABEL_CHARS.indexOf(t.charAt(end)) >= 0
        || Characters.isWordChar(t.charAt(end)) || t.charAt(end) == '+')) {
      return null; // 5号, 5G
    }
    Quantity.Per per = null;
    if (end + 1 < t.length() && t.charAt(end) == '/') {
      PerFound found = slashPer(end + 1);
      if (found != null) {
        per = found.per();
        end = found.end();
      }
    }
    Quantity.Bound bound = more ? Quantity.Bound.GT : null;
    boolean approx = false;
    for (String[] tail : TAILS) {
      if (t.startsWith(tail[0], end) && !t.startsWith("上下游", end)) {
        if (tail[1].equals("~")) {
          approx = true;
        } else {
          bound = Quantity.Bound.valueOf(tail[1]);
        }
        end += tail[0].length();
        break;
      }
    }
    for (String[] lead : LEADS) {
      if (start >= lead[0].length() && t.startsWith(lead[0], start - lead[0].length())) {
        if (lead[1].equals("~")) {
          approx = true;
        } else if (bound == null) {
          bound = Quantity.Bound.valueOf(lead[1]);
        }
        start -= lead[0].length();
        break;
      }
    }
    int firstBlocked = blocked.nextSetBit(start);
    if (firstBlocked >= 0 && firstBlocked < end) {
      return null;
    }
    Quantity.Change change = null;
    boolean yearOnYear = false;
    int changeEnd = start;
    String changeWord = endingAt(changeEnd, INCREASE);
    if (changeWord != null) {
      change = Quantity.Change.INCREASE;
    } else {
      changeWord = endingAt(changeEnd, DECREASE);
      change = changeWord != null ? Quantity.Change.DECREASE : null;
    }
    if (changeWord != null) {
      int before = changeEnd - changeWord.length();
      yearOnYear = changeWord.startsWith("同比") || before >= 2 && t.startsWith("同比", before - 2);
    }
    Quantity quantity = new Quantity(value, min, max, unit, bound, approx, per, change, yearOnYear);
    boolean bare = unit == null && bound == null && !approx && second == null;
    return new QuantityRecognizer.Found(start, end, quantity, bare ? BARE_CONFIDENCE : CONFIDENCE,
        QuantityRecognizer.RULE_CHINESE);
  }

  /** A denominator and where it ends. */
  private record PerFound(Quantity.Per per, int end) {
  }

  /** "元/吨", "万元/年", "台/万人": the denominator after a slash. */
  private PerFound slashPer(int at) {
    BigDecimal count = BigDecimal.ONE;
    int i = at;
    if (t.startsWith("万", i) || t.startsWith("千", i) || t.startsWith("百", i)) {
      count = ChineseNumber.parse("一" + t.charAt(i));
      i++;
    }
    if (i >= t.length()) {
      return null;
    }
    char c = t.charAt(i);
    String time = switch (c) {
      case '年' -> "year";
      case '月' -> "month";
      case '天', '日' -> "day";
      default -> null;
    };
    if (time != null) {
      return new PerFound(new Quantity.Per(count, time), i + 1);
    }
    UnitDictionary.Found unit = units.suffixAt(t, i);
    return unit == null ? null : new PerFound(new Quantity.Per(count, unit.unit().symbol()), unit.end());
  }

  private boolean isCollectiveIssuer(UnitDictionary.Found classifier) {
    return classifier.unit().symbol().equals("部") && classifier.end() < t.length()
        && (t.charAt(classifier.end()) == '门' || t.charAt(classifier.end()) == '委')
        || classifier.unit().symbol().equals("个") && t.startsWith("部门", classifier.end());
  }

  private boolean startsTimeWord(int at) {
    for (String word : TIME_WORDS) {
      if (t.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private String endingAt(int end, String[] words) {
    for (String word : words) {
      if (end >= word.length() && t.startsWith(word, end - word.length())) {
        return word;
      }
    }
    return null;
  }

  private UnitDictionary.Found unitAt(int at) {
    return at < t.length() ? units.suffixAt(t, at) : null;
  }

  // ---- numbers ----------------------------------------------------------------------------------------------

  /** A number may start here: a digit or Chinese numeral that does not continue a number, word or ordinal. */
  boolean startsNumber(int i) {
    char c = t.charAt(i);
    if (i > 0) {
      char before = t.charAt(i - 1);
      if (before == '第' || isRunChar(before) || Characters.isWordChar(before) || before == '.'
          || before == '点') {
        return false;
      }
    }
    if (t.startsWith("百分之", i)) {
      return i + 3 < t.length() && isRunChar(t.charAt(i + 3));
    }
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (ChineseNumber.digit(c) >= 0 || c == '十' || c == '几') {
      return true;
    }
    // 百万, 千亿: a round scale written without its 一
    return (c == '百' || c == '千') && i + 1 < t.length() && (t.charAt(i + 1) == '万' || t.charAt(i + 1) == '亿');
  }

  private static boolean isRunChar(char c) {
    return (c >= '0' && c <= '9') || ChineseNumber.digit(c) >= 0 || "十百千万亿拾佰仟萬億几".indexOf(c) >= 0;
  }

  /**
   * The longest number at {@code start}: a run of digits and numerals (with 点, 多, 余, 几 and separators inside),
   * cut where it still parses and a unit may begin, so that 500万千瓦 is 500万 followed by 千瓦.
   */
  private Number readNumber(int start) {
    int end = start;
    while (end < t.length() && end - start < MAX_RUN) {
      char c = t.charAt(end);
      if (isRunChar(c)) {
        end++;
      } else if (c == '点' && end > start && end + 1 < t.length() && isRunChar(t.charAt(end - 1))
          && isRunChar(t.charAt(end + 1))) {
        end++;
      } else if (c == '.' && end > start && end + 1 < t.length() && Characters.isAsciiDigit(t.charAt(end - 1))
          && Characters.isAsciiDigit(t.charAt(end + 1))) {
        end++;
      } else if (c == ',' && end > start && Characters.isAsciiDigit(t.charAt(end - 1)) && end + 3 < t.length() + 0
          && Characters.isAsciiDigit(t.charAt(end + 1)) && Characters.isAsciiDigit(t.charAt(end + 2))
          && Characters.isAsciiDigit(t.charAt(end + 3))
          && (end + 4 >= t.length() || !Characters.isAsciiDigit(t.charAt(end + 4)))) {
        end++; // 1,100万
      } else if ((c == '多' || c == '余') && end > start && isRunChar(t.charAt(end - 1))) {
        end++;
      } else {
        break;
      }
    }
    for (int k = end; k > start; k--) {
      if (k < end && units.suffixAt(t, k) == null) {
        continue;
      }
      Number number = parse(start, k);
      if (number != null) {
        return number;
      }
    }
    return null;
  }

  private Number parse(int start, int end) {
    String s = t.substring(start, end);
    boolean arabicOnly = true;
    boolean bigScale = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      arabicOnly &= (c >= '0' && c <= '9') || c == '.' || c == ',';
      bigScale |= c == '万' || c == '亿' || c == '萬' || c == '億';
    }
    if (s.charAt(0) == '百' || s.charAt(0) == '千') {
      s = "一" + s;
    }
    BigDecimal trailing = trailingScale(s);
    int more = Math.max(s.indexOf('多'), s.indexOf('余'));
    if (more >= 0) {
      String head = s.substring(0, more);
      String tail = s.substring(more + 1);
      if (head.isEmpty() || tail.indexOf('多') >= 0 || tail.indexOf('余') >= 0 || s.indexOf('几') >= 0) {
        return null;
      }
      BigDecimal base = ChineseNumber.parse(head);
      BigDecimal scale = tail.isEmpty() ? BigDecimal.ONE : ChineseNumber.parse("一" + tail);
      if (base == null || scale == null || !tail.chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0)) {
        return null;
      }
      return new Number(start, end, plain(base.multiply(scale)), null, null, true, bigScale, false, false, trailing);
    }
    if (s.indexOf('几') >= 0) {
      if (s.equals("几") || s.indexOf('几') != s.lastIndexOf('几')) {
        return null;
      }
      BigDecimal low = ChineseNumber.parse(s.replace('几', '二'));
      BigDecimal high = ChineseNumber.parse(s.replace('几', '九'));
      return low == null || high == null ? null
          : new Number(start, end, null, low, high, false, bigScale, false, false, trailing);
    }
    if (s.length() >= 2 && PAIR_DIGITS.indexOf(s.charAt(0)) >= 0 && PAIR_DIGITS.indexOf(s.charAt(1)) >= 0
        && s.substring(2).chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0)) {
      int a = ChineseNumber.digit(s.charAt(0));
      int b = ChineseNumber.digit(s.charAt(1));
      if (b == a + 1 || a == 3 && b == 5) { // 两三, 七八; 三五 ("three to five")
        String scale = s.substring(2);
        BigDecimal low = ChineseNumber.parse(s.charAt(0) + scale);
        BigDecimal high = ChineseNumber.parse(s.charAt(1) + scale);
        if (low != null && high != null) {
          return new Number(start, end, null, low, high, false, bigScale, false, false, trailing);
        }
      }
      return null;
    }
    if (s.equals("零") || s.equals("〇")) {
      return null; // 零部件, 零售, 零碳: 零 alone is a word, not the number nought
    }
    BigDecimal value = ChineseNumber.parse(s);
    if (value == null) {
      return null;
    }
    return new Number(start, end, value, null, null, false, bigScale, arabicOnly, s.equals("一"), trailing);
  }

  /** The product of the 万 and 亿 that end a number (1.5万亿 → 10^12), or null. */
  private static BigDecimal trailingScale(String s) {
    int i = s.length();
    while (i > 0 && (s.charAt(i - 1) == '万' || s.charAt(i - 1) == '亿')) {
      i--;
    }
    return i == s.length() || i == 0 ? null : ChineseNumber.parse("一" + s.substring(i));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The second number of a range after 至, 到, ~ or -: 6至8家, 5%-8%, 百分之五到百分之八. */
  private Number rangeEnd(int after, boolean percentPrefix) {
    if (after >= t.length()) {
      return null;
    }
    char c = t.charAt(after);
    if (c != '至' && c != '到' && c != '~' && c != '-') {
      return null;
    }
    int i = after + 1;
    if (percentPrefix) {
      if (!t.startsWith("百分之", i)) {
        return null;
      }
      i += 3;
    }
    if (i >= t.length() || blocked.get(i) || !isRunChar(t.charAt(i))) {
      return null;
    }
    Number second = readNumber(i);
    return second == null || second.value() == null ? null : second;
  }
}
