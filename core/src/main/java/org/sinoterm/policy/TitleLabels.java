package org.sinoterm.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinoterm.DraftLabel;
import org.sinoterm.PolicyRef.Period;
import org.sinoterm.quantity.ChineseNumber;
import org.sinoterm.text.Characters;

/**
 * The small annotations a title carries besides its name, read from normalized text: periods (2021-2025年,
 * (2018 - 2020), 2021年度), Five-Year Plan numbers ("十四五", 第十四个五年规划, 14th Five-Year Plan, 14th FYP) and draft
 * labels (征求意见稿, 修订草案, Draft for Comments, 试行). Each reader looks at a bounded piece of text and returns
 * null when the piece is not what it reads.
 */
final class TitleLabels {

  /** Chinese draft labels, longest first where one ends another. */
  private static final List<Map.Entry<String, DraftLabel>> CHINESE_DRAFTS = List.of(
      Map.entry("修订草案征求意见稿", DraftLabel.REVISED_DRAFT), Map.entry("修正草案征求意见稿", DraftLabel.REVISED_DRAFT),
      Map.entry("草案征求意见稿", DraftLabel.FOR_COMMENT), Map.entry("修订征求意见稿", DraftLabel.FOR_COMMENT),
      Map.entry("公开征求意见稿", DraftLabel.FOR_COMMENT), Map.entry("征求意见稿", DraftLabel.FOR_COMMENT),
      Map.entry("征求意见草案", DraftLabel.FOR_COMMENT),
      Map.entry("草案二次审议稿", DraftLabel.REVIEW_DRAFT), Map.entry("草案三次审议稿", DraftLabel.REVIEW_DRAFT),
      Map.entry("二次审议稿", DraftLabel.REVIEW_DRAFT), Map.entry("三次审议稿", DraftLabel.REVIEW_DRAFT),
      Map.entry("四次审议稿", DraftLabel.REVIEW_DRAFT), Map.entry("审议稿", DraftLabel.REVIEW_DRAFT),
      Map.entry("修订草案", DraftLabel.REVISED_DRAFT), Map.entry("修正草案", DraftLabel.REVISED_DRAFT),
      Map.entry("修订稿", DraftLabel.REVISED_DRAFT), Map.entry("草案修改稿", DraftLabel.REVISED_DRAFT),
      Map.entry("送审稿", DraftLabel.DRAFT), Map.entry("草案", DraftLabel.DRAFT), Map.entry("草稿", DraftLabel.DRAFT),
      Map.entry("试行", DraftLabel.TRIAL));

  /** English draft labels in lower case, as they stand in brackets: (Draft for Comments), (Trial). */
  private static final Map<String, DraftLabel> ENGLISH_DRAFTS = Map.ofEntries(
      Map.entry("draft for comments", DraftLabel.FOR_COMMENT), Map.entry("draft for comment", DraftLabel.FOR_COMMENT),
      Map.entry("draft for public comments", DraftLabel.FOR_COMMENT),
      Map.entry("draft for public comment", DraftLabel.FOR_COMMENT),
      Map.entry("draft for soliciting opinions", DraftLabel.FOR_COMMENT),
      Map.entry("exposure draft", DraftLabel.FOR_COMMENT), Map.entry("consultation draft", DraftLabel.FOR_COMMENT),
      Map.entry("comment draft", DraftLabel.FOR_COMMENT), Map.entry("draft for consultation", DraftLabel.FOR_COMMENT),
      Map.entry("draft", DraftLabel.DRAFT), Map.entry("draft submitted for review", DraftLabel.DRAFT),
      Map.entry("revised draft", DraftLabel.REVISED_DRAFT), Map.entry("draft amendment", DraftLabel.REVISED_DRAFT),
      Map.entry("revised draft for comments", DraftLabel.REVISED_DRAFT),
      Map.entry("revised draft for comment", DraftLabel.REVISED_DRAFT),
      Map.entry("revised draft for public comments", DraftLabel.REVISED_DRAFT),
      Map.entry("draft amendment for comments", DraftLabel.REVISED_DRAFT),
      Map.entry("draft revision", DraftLabel.REVISED_DRAFT),
      Map.entry("second reading draft", DraftLabel.REVIEW_DRAFT),
      Map.entry("third reading draft", DraftLabel.REVIEW_DRAFT),
      Map.entry("second draft", DraftLabel.REVIEW_DRAFT), Map.entry("third draft", DraftLabel.REVIEW_DRAFT),
      Map.entry("trial", DraftLabel.TRIAL), Map.entry("for trial implementation", DraftLabel.TRIAL),
      Map.entry("trial implementation", DraftLabel.TRIAL), Map.entry("for trial use", DraftLabel.TRIAL));

  private static final Map<String, Integer> ENGLISH_ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16));

  private TitleLabels() {
  }

  /** The first {@code c} in {@code t[from, limit)}, or -1: searches stay bounded by the piece they read. */
  static int indexOf(String t, char c, int from, int limit) {
    int end = Math.min(limit, t.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The draft label that {@code t[start, end)} is exactly (Chinese or English, any case), or null. */
  static DraftLabel draftLabel(String t, int start, int end) {
    String label = t.substring(start, end).strip();
    for (Map.Entry<String, DraftLabel> entry : CHINESE_DRAFTS) {
      if (label.equals(entry.getKey())) {
        return entry.getValue();
      }
    }
    return ENGLISH_DRAFTS.get(WHITESPACE.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" "));
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** "2022 Edition", "2021 Version", "Version 2.0", "2019 Revision": which edition, not the years a title covers. */
  private static final java.util.regex.Pattern ENGLISH_EDITION = java.util.regex.Pattern.compile(
      "(?i)(?:(?:19|20)[0-9]{2} (?:revised )?(?:edition|version|revision)|(?:edition|version) [0-9]+(?:\\.[0-9]+)*"
          + "|(?:19|20)[0-9]{2} (?:update|amendment))");

  /** True if {@code t[start, end)} is exactly an English edition label: 2022 Edition, Version 2.0. */
  static boolean englishEdition(String t, int start, int end) {
    return end - start <= 24 && ENGLISH_EDITION.matcher(t.substring(start, end).strip()).matches();
  }

  /** The Chinese draft label that {@code t[start, end)} ends with, and its length; null if none. */
  static Map.Entry<String, DraftLabel> chineseDraftSuffix(String t, int start, int end) {
    for (Map.Entry<String, DraftLabel> entry : CHINESE_DRAFTS) {
      String label = entry.getKey();
      if (entry.getValue() != DraftLabel.TRIAL && end - start > label.length()
          && t.startsWith(label, end - label.length())) {
        return entry;
      }
    }
    return null;
  }

  /** The stronger of two labels: a draft label beats 试行, a later one beats an earlier one. */
  static DraftLabel combine(DraftLabel current, DraftLabel found) {
    if (current == null) {
      return found;
    }
    if (found == null) {
      return current;
    }
    return current.isDraft() && !found.isDraft() ? current : found;
  }

  /**
   * The period that {@code t[start, end)} is exactly: {@code 2021-2025年}, {@code 2021年-2025年}, {@code 2018 - 2020},
   * {@code 2021~2023}, {@code 2021至2025年}, {@code 2021年度}, {@code 2021年}; null otherwise.
   */
  static Period period(String t, int start, int end) {
    Cursor c = new Cursor(t, start, end);
    c.skipSpaces();
    int first = c.year();
    if (first < 0) {
      return null;
    }
    c.skip('年');
    c.skipSpaces();
    if (c.atEnd()) {
      return t.charAt(c.pos - 1) == '年' || isYearOnly(t, start, end) ? singleYear(first) : null;
    }
    if (c.skip('度')) {
      c.skipSpaces();
      return c.atEnd() ? singleYear(first) : null;
    }
    if (!(c.skip('-') || c.skip('~') || c.skip('至') || c.skip('到') || c.skip('/'))) {
      return null;
    }
    c.skipSpaces();
    int last = c.year();
    if (last < 0) {
      return null;
    }
    c.skip('年');
    c.skipSpaces();
    return c.atEnd() && last > first && last - first <= 50 ? new Period(first, last) : null;
  }

  private static boolean isYearOnly(String t, int start, int end) {
    return t.substring(start, end).strip().length() == 4;
  }

  private static Period singleYear(int year) {
    return new Period(year, year);
  }

  /**
   * The first period written inside {@code t[start, end)} as a range with 年 or 年度 ({@code 2021-2023年},
   * {@code 2021年度}) or at its very start ({@code 2022年工业…}, but not {@code 2030年前…}); null if none.
   */
  static Period chinesePeriodInside(String t, int start, int end) {
    for (int i = start; i + 4 <= end; i++) {
      if (!isYearAt(t, i, end) || (i > start && Character.isDigit(t.charAt(i - 1)))) {
        continue;
      }
      Cursor c = new Cursor(t, i, end);
      int first = c.year();
      boolean withYearSign = c.skip('年');
      if (withYearSign && c.skip('度')) {
        return singleYear(first);
      }
      int afterFirst = c.pos;
      c.skipSpaces();
      if (c.skip('-') || c.skip('~') || c.skip('至') || c.skip('到')) {
        c.skipSpaces();
        int last = c.year();
        if (last > first && last - first <= 50 && c.skip('年')) {
          return new Period(first, last);
        }
      }
      if (i == start && withYearSign && afterFirst < end && "前后以底末初起内".indexOf(t.charAt(afterFirst)) < 0) {
        return singleYear(first);
      }
    }
    return null;
  }

  /**
   * The first period written inside English text {@code t[start, end)}: a range {@code 2021-2025} or
   * {@code (2018 - 2020)}, or a year used as a modifier after "the" or at the start ({@code 2021 Work Plan},
   * {@code the 2021 Transportation …}), but not a year that ends a name ({@code Healthy China 2030}).
   */
  static Period englishPeriodInside(String t, int start, int end) {
    for (int i = start; i + 4 <= end; i++) {
      if (!isYearAt(t, i, end) || (i > start && Character.isLetterOrDigit(t.charAt(i - 1)))) {
        continue;
      }
      Cursor c = new Cursor(t, i, end);
      int first = c.year();
      c.skipSpaces();
      if (c.skip('-') || c.skip('~') || c.skip('/')) {
        c.skipSpaces();
        int last = c.year();
        if (last > first && last - first <= 50) {
          return new Period(first, last);
        }
      } else if (c.atWord("to") || c.atWord("through")) {
        c.skipWord();
        c.skipSpaces();
        int last = c.year();
        if (last > first && last - first <= 50) {
          return new Period(first, last);
        }
      }
    }
    for (int i = start; i + 4 <= end; i++) {
      if (!isYearAt(t, i, end) || (i > start && Character.isLetterOrDigit(t.charAt(i - 1)))) {
        continue;
      }
      boolean modifierPosition = i == start || endsWithWord(t, start, i, "the") || endsWithWord(t, start, i, "for");
      int after = i + 4;
      boolean beforeWord = after + 1 < end && t.charAt(after) == ' ' && Character.isUpperCase(t.charAt(after + 1));
      if (modifierPosition && beforeWord) {
        return singleYear(Integer.parseInt(t.substring(i, i + 4)));
      }
    }
    return null;
  }

  private static boolean endsWithWord(String t, int start, int pos, String word) {
    int e = pos;
    while (e > start && t.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e - word.length();
    return s >= start && t.regionMatches(true, s, word, 0, word.length())
        && (s == start || !Character.isLetterOrDigit(t.charAt(s - 1)));
  }

  private static boolean isYearAt(String t, int i, int end) {
    if (i + 4 > end) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!Characters.isAsciiDigit(t.charAt(i + k))) {
        return false;
      }
    }
    if (i + 4 < end && Characters.isAsciiDigit(t.charAt(i + 4))) {
      return false;
    }
    int year = Integer.parseInt(t.substring(i, i + 4));
    return year >= 1949 && year <= 2100;
  }

  /**
   * The number of the Five-Year Plan that Chinese text {@code t[start, end)} names: {@code "十四五"} in quotes (any
   * numeral), 十一五 to 十九五 without quotes, or 第十四个五年; null if none. 十五部门 names no plan.
   */
  static Integer chineseFiveYearPlan(String t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c == '第') {
        int k = i + 1;
        while (k < end && k - i <= 3 && (ChineseNumber.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) {
          k++;
        }
        if (k > i + 1 && t.startsWith("个五年", k) && k + 3 <= end) {
          Integer n = numeral(t, i + 1, k);
          if (n != null) {
            return n;
          }
        }
      }
      if (c != '五' || i == start) {
        continue;
      }
      int k = i;
      while (k > start && i - k < 3 && (ChineseNumber.digit(t.charAt(k - 1)) >= 0 || t.charAt(k - 1) == '十')) {
        k--;
      }
      if (k == i) {
        continue;
      }
      Integer n = numeral(t, k, i);
      if (n == null) {
        continue;
      }
      boolean quoted = k > start && t.charAt(k - 1) == '"' && i + 1 < end && t.charAt(i + 1) == '"';
      boolean eleventhOrLater = n >= 11 && n <= 19 && i - k == 2
          && (i + 1 >= end || "部个年届家项条类次位名".indexOf(t.charAt(i + 1)) < 0);
      if (quoted || eleventhOrLater) {
        return n;
      }
    }
    return null;
  }

  private static Integer numeral(String t, int start, int end) {
    BigDecimal value = ChineseNumber.parse(t.substring(start, end));
    if (value == null || value.scale() > 0 || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(99)) > 0) {
      return null;
    }
    return value.intValue();
  }

  /**
   * The number of the Five-Year Plan that English text {@code t[start, end)} names: "14th Five-Year", "14th FYP",
   * "14<sup>th</sup> Five-Year Plan", "Fourteenth Five-Year Plan"; null if none.
   */
  static Integer englishFiveYearPlan(String t, int start, int end) {
    String lower = t.substring(start, end).toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = indexOfPlanWord(lower, from);
      if (at < 0) {
        return null;
      }
      Integer n = ordinalBefore(lower, at);
      if (n != null) {
        return n;
      }
      from = at + 1;
    }
  }

  private static int indexOfPlanWord(String lower, int from) {
    int best = -1;
    for (String word : new String[] {"five-year", "five year", "fyp"}) {
      int at = lower.indexOf(word, from);
      while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
        at = lower.indexOf(word, at + 1);
      }
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** The ordinal that ends right before {@code at} (after spaces and an optional quote): "14th ", "fourteenth ". */
  private static Integer ordinalBefore(String lower, int at) {
    int e = at;
    while (e > 0 && (lower.charAt(e - 1) == ' ' || lower.charAt(e - 1) == '"')) {
      e--;
    }
    if (e >= 6 && lower.startsWith("</sup>", e - 6)) {
      e -= 6;
      int open = lower.lastIndexOf("<sup>", e);
      if (open < 0 || e - open > 7) {
        return null;
      }
      String suffix = lower.substring(open + 5, e);
      if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
        return null;
      }
      e = open;
    } else if (e >= 3 && isOrdinalSuffix(lower.substring(e - 2, e)) && Characters.isAsciiDigit(lower.charAt(e - 3))) {
      e -= 2;
    } else {
      int s = e;
      while (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
        s--;
      }
      return ENGLISH_ORDINALS.get(lower.substring(s, e));
    }
    int s = e;
    while (s > 0 && e - s < 2 && Characters.isAsciiDigit(lower.charAt(s - 1))) {
      s--;
    }
    if (s == e || (s > 0 && Character.isLetterOrDigit(lower.charAt(s - 1)))) {
      return null;
    }
    int n = Integer.parseInt(lower.substring(s, e));
    return n >= 1 && n <= 99 ? n : null;
  }

  private static boolean isOrdinalSuffix(String two) {
    return two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th");
  }

  /** A bounded left-to-right reader over {@code [pos, end)}. */
  private static final class Cursor {
    private final String t;
    private final int end;
    private int pos;

    Cursor(String t, int pos, int end) {
      this.t = t;
      this.pos = pos;
      this.end = end;
    }

    boolean atEnd() {
      return pos >= end;
    }

    void skipSpaces() {
      while (pos < end && t.charAt(pos) == ' ') {
        pos++;
      }
    }

    boolean skip(char c) {
      if (pos < end && t.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    boolean atWord(String word) {
      return t.regionMatches(true, pos, word, 0, word.length()) && pos + word.length() < end
          && t.charAt(pos + word.length()) == ' ';
    }

    void skipWord() {
      while (pos < end && Character.isLetter(t.charAt(pos))) {
        pos++;
      }
    }

    /** Reads four ASCII digits that make a plausible year, or returns -1 without moving. */
    int year() {
      if (!isYearAt(t, pos, end)) {
        return -1;
      }
      int year = Integer.parseInt(t.substring(pos, pos + 4));
      pos += 4;
      return year;
    }
  }
}
