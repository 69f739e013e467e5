package org.sinoterm.time;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.EntityType;
import org.sinoterm.TimeValue;
import org.sinoterm.quantity.ChineseNumber;
import org.sinoterm.quantity.EnglishNumber;
import org.sinoterm.quantity.UnitDictionary;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Finds dates and normalizes them to ISO 8601.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>normalized</th></tr>
 *   <tr><td>December 28, 2021; 28 December 2021; 2021-12-28; 2021年12月28日</td><td>value 2021-12-28</td></tr>
 *   <tr><td>January 2022; 2021年12月</td><td>value 2022-01; 2021-12</td></tr>
 *   <tr><td>2025 in "by 2025"; 2025年 in 2025年前; 2021年度</td><td>value 2025; 2025; 2021</td></tr>
 *   <tr><td>2010-2020; 2018 – 2020; between 2010 and 2018; 2021—2025年; 2021-25</td><td>start/end</td></tr>
 *   <tr><td>2022年6月至12月</td><td>start 2022-06, end 2022-12</td></tr>
 *   <tr><td>2023 onwards</td><td>start 2023</td></tr>
 *   <tr><td>first half of 2021; H1 2021; 2021年上半年</td><td>value 2021-H1</td></tr>
 *   <tr><td>Q3 2022; third quarter of 2022; 2022年第三季度</td><td>value 2022-Q3</td></tr>
 *   <tr><td>next five years; past two decades; 未来五年</td><td>duration P5Y; P20Y; P5Y</td></tr>
 *   <tr><td>Dec. 28; 12月28日; in September; 一季度 (with a reference date)</td><td>the nearest such date</td></tr>
 *   <tr><td>Dec. 28; in September (without one)</td><td>value --12-28; --09</td></tr>
 * </table>
 *
 * <p>A date without a year takes the year that puts it nearest to its reference date: the document date given to
 * the extractor; else the {@code Date:} line (or {@code Published:}, 发布日期：…) of the block the date is in, which
 * in a MERICS brief is the first such line after it (the block's last line), or the last one before it when none
 * follows (a line that holds only a full date, as the signature date of a Chinese notice does, counts as such a
 * line); else a full date that opens the document ("FEBRUARY 1, 2022 (REPORTING PERIOD: …"). Without any it
 * stays partial in ISO form ({@code --12-28}, {@code --09}); a half or quarter without a year is then dropped.
 *
 * <p>A four-digit number from 1900 to 2099 is a year unless the text makes it a quantity ("over 2000", "2000
 * tonnes", "2000 robots") or a name ("Made in China 2025", "Healthy China 2030"). Relative dates ("last year",
 * 去年) are not read. Every pattern is bounded, so the work per candidate is constant.
 */
public final class DateRecognizer implements Recognizer {

  static final String RULE = "date";

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December)";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

  static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + ",? " + YEAR
      + "\\b");
  static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + ",? " + YEAR
      + "\\b");
  static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + "\\b");
  static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + "(?![a-z])");
  static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + " ?(?:-|to|~) ?"
      + MONTH + " " + DAY + "\\b(?!,? ?\\d)");
  static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",? " + YEAR + "\\b");
  static final Pattern BARE_MONTH = Pattern.compile("\\b" + FULL_MONTH + "\\b(?![ .]\\d|,? (?:19|20)\\d\\d)");
  static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
  static final Pattern YEAR_RANGE = Pattern.compile("\\b" + YEAR + " ?(?:-|~|to|through|until) ?"
      + "((?:19|20)\\d{2}|\\d{2})\\b(?!-\\d|年)");
  static final Pattern BETWEEN_YEARS = Pattern.compile("(?i)\\b(?:between|from) " + YEAR + " (?:and|to) "
      + YEAR + "\\b");
  static final Pattern YEAR_ONWARDS = Pattern.compile("(?i)\\b" + YEAR + " (?:onwards?|and beyond)\\b");
  static final Pattern HALF = Pattern.compile("(?i)\\b(first|second|1st|2nd) half of " + YEAR + "\\b");
  static final Pattern HALF_SHORT = Pattern.compile("\\b(?:H([12]) ?" + YEAR + "|" + YEAR + " ?H([12])|([12])H "
      + YEAR + ")\\b");
  static final Pattern QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter"
      + " of " + YEAR + "\\b");
  static final Pattern QUARTER_SHORT = Pattern.compile("\\b(?:Q([1-4]) ?" + YEAR + "|" + YEAR + " ?Q([1-4]))"
      + "\\b");
  static final Pattern DURATION = Pattern.compile("(?i)\\b(next|coming|past|last|following) ([a-z]+(?:-[a-z]+)?"
      + "|\\d{1,3}) (years|months|weeks|days|decades|year|month|week|day|decade)\\b");
  static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,$€£¥#/])\\b" + YEAR + "\\b(?![\\d%]|[.,]\\d)");

  private static final String CN_YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
  private static final String CN_SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
  static final Pattern CN_DATE = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月 ?" + CN_SMALL
      + " ?[日号]");
  static final Pattern CN_MONTH = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月(?:份)?");
  static final Pattern CN_MONTH_DAY = Pattern.compile("(?<![年\\d个])" + CN_SMALL + "月" + CN_SMALL + "[日号]");
  static final Pattern CN_BARE_MONTH = Pattern.compile("(?<![年\\d个第一二三四五六七八九十])"
      + "(\\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?![\\d一二三四五六七八九十日号])");
  static final Pattern CN_MONTH_RANGE = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月 ?(?:-|~|至|到) ?"
      + CN_SMALL + " ?月(?![\\d一二三四五六七八九十日号])");
  static final Pattern CN_RANGE = Pattern.compile(CN_YEAR + " ?年? ?(?:-|~|至|到) ?" + CN_YEAR + " ?年");
  static final Pattern CN_HALF = Pattern.compile(CN_YEAR + " ?年 ?([上下])半年");
  static final Pattern CN_QUARTER = Pattern.compile(CN_YEAR + " ?年 ?第?([一二三四1-4])季度");
  static final Pattern CN_BARE_PERIOD = Pattern.compile("(?<![年\\d第])(今年|去年|明年)?(?:([上下])半年|第?([一二三四])"
      + "季度)");
  static final Pattern CN_YEAR_ONLY = Pattern.compile("(?<![\\d])" + CN_YEAR + " ?年(?:度)?");
  static final Pattern CN_DURATION = Pattern.compile("(未来|今后|近|过去|最近)(\\d{1,2}|[一二三四五六七八九十两]{1,3})"
      + "(年|个月|天)");

  /**
   * A Chinese pattern and the characters it holds a fixed distance after its start: 年 four or five characters after
   * the start of 2021年… and 二〇二一年…, 月 one to three after 12月… and 十二月…. Of the starts of all Chinese
   * patterns ({@link #chineseStarts}), it is tried only at those with one of {@code chars} between {@code from} and
   * {@code to} characters after them.
   */
  record ChineseAnchored(Pattern pattern, String chars, int from, int to) {

    /** Those of {@code chineseStarts} at which the pattern can match. */
    int[] starts(String text, int[] chineseStarts) {
      int[] starts = new int[chineseStarts.length];
      int size = 0;
      for (int start : chineseStarts) {
        for (int k = start + from; k <= start + to && k < text.length(); k++) {
          if (chars.indexOf(text.charAt(k)) >= 0) {
            starts[size++] = start;
            break;
          }
        }
      }
      return java.util.Arrays.copyOf(starts, size);
    }
  }

  /** 月 after the year, its 年, the month and the spaces: 2021年3月, 二〇二一 年 十二 月. */
  static final ChineseAnchored CN_DATE_AT = new ChineseAnchored(CN_DATE, "月", 6, 11);
  static final ChineseAnchored CN_MONTH_AT = new ChineseAnchored(CN_MONTH, "月", 6, 11);
  static final ChineseAnchored CN_MONTH_DAY_AT = new ChineseAnchored(CN_MONTH_DAY, "月", 1, 3);
  static final ChineseAnchored CN_BARE_MONTH_AT = new ChineseAnchored(CN_BARE_MONTH, "月", 1, 3);
  static final ChineseAnchored CN_MONTH_RANGE_AT = new ChineseAnchored(CN_MONTH_RANGE, "月", 6, 11);
  /** The range's sign after the first year, its 年 and the spaces: 2021-2025年, 2021年至2025年. */
  static final ChineseAnchored CN_RANGE_AT = new ChineseAnchored(CN_RANGE, "-~至到", 4, 7);
  /** 上 or 下 after the year and its 年: 2021年上半年, 2021 年 下半年. */
  static final ChineseAnchored CN_HALF_AT = new ChineseAnchored(CN_HALF, "上下", 5, 7);
  /** 季 after the year, its 年 and the quarter: 2021年四季度, 2021 年 第4季度. */
  static final ChineseAnchored CN_QUARTER_AT = new ChineseAnchored(CN_QUARTER, "季", 6, 9);
  /** 半 of 上半年 or 今年下半年, 季 of 一季度, 第三季度 or 明年第四季度. */
  static final ChineseAnchored CN_BARE_PERIOD_AT = new ChineseAnchored(CN_BARE_PERIOD, "半季", 1, 4);
  static final ChineseAnchored CN_YEAR_ONLY_AT = new ChineseAnchored(CN_YEAR_ONLY, "年", 4, 5);
  /** The first character of 未来, 今后, 近, 过去, 最近. */
  static final ChineseAnchored CN_DURATION_AT = new ChineseAnchored(CN_DURATION, "未今近过最", 0, 0);

  /** Every Chinese pattern with its anchor, for the test that checks the anchors miss no match. */
  static final List<ChineseAnchored> CHINESE = List.of(CN_DATE_AT, CN_MONTH_AT, CN_MONTH_DAY_AT, CN_BARE_MONTH_AT,
      CN_MONTH_RANGE_AT, CN_RANGE_AT, CN_HALF_AT, CN_QUARTER_AT, CN_BARE_PERIOD_AT, CN_YEAR_ONLY_AT, CN_DURATION_AT);

  /** Lines that give the date of a document or a block: "Date: December 28, 2021", "**Date:** …", 发布日期：… */
  static final Pattern DATE_LABEL = Pattern.compile(
      "(?m)(?:^|(?<=\\s))[ \\t*_>-]*(?:Date|DATE|Published|发布日期|发文日期|成文日期|日期)[ \\t*_]*:[ \\t*_]*"
          + "(?:\\d{1,2}:\\d{2},? )?");

  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
      "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
  /** Words that may stand before a month named alone: "in September", "since March", "mid-June". */
  private static final Set<String> BEFORE_BARE_MONTH = Set.of("in", "since", "by", "until", "till", "from", "to",
      "through", "during", "before", "after", "early", "late", "mid", "last", "this", "next", "of", "and",
      "between", "end", "a", "the");
  /** Words right before a four-digit number that make it an amount, not a year: "at least 2000". */
  private static final Set<String> AMOUNT_WORDS = Set.of("exceeding", "additional", "another", "extra", "top");
  /** Words before "than" that make the number after it an amount: "more than 2000". */
  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "greater", "higher", "lower");
  /** Capitalized words that do not make the year after them part of a name: "In 2025", "By 2030". */
  private static final Set<String> YEAR_WORDS = Set.of("in", "by", "since", "from", "until", "till", "of", "the",
      "this", "during", "before", "after", "between", "and", "or", "through", "for", "at", "on", "early", "late",
      "mid", "end", "fiscal", "year", "to");

  private final UnitDictionary units;

  /** A recognizer that uses {@code units} to tell a year ("in 2000") from a quantity ("2000 tonnes"). */
  public DateRecognizer(UnitDictionary units) {
    this.units = units;
  }

  /**
   * A date found before resolution, in normalized offsets. {@code value} gives its normalized form for a reference
   * date (null when none is known); it returns null if the date cannot be given without one.
   */
  private record Found(int start, int end, Function<LocalDate, TimeValue> value, boolean complete,
      double confidence) {
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    String text = document.text().text();
    List<Found> found = new ArrayList<>();
    // One pass finds the words that may name a month or open a duration, one the Chinese patterns' starts.
    int[] words = anchorWordStarts(text);
    int[] chinese = chineseStarts(text);
    if (hasDigitOrDateWord(text)) {
      findEnglish(text, monthAnchors(text, words), found);
      findChinese(text, chinese, found);
    }
    findDurations(text, durationStarts(text, words), chinese, found);
    if (found.isEmpty()) {
      return;
    }
    References references = null; // read only when a date needs one: most texts write their dates whole
    for (Found date : found) {
      if (document.date() == null && !date.complete() && references == null) {
        references = new References(text, found);
      }
      LocalDate reference = document.date() != null ? document.date()
          : date.complete() ? null : references.at(date.start());
      TimeValue value = date.value().apply(reference);
      if (value != null) {
        mentions.add(new Mention(EntityType.DATE, date.start(), date.end(), value, date.confidence(), RULE));
      }
    }
  }

  /** The reference dates of a text without a document date: its Date: lines and a date that opens it. */
  private static final class References {
    private final List<int[]> lines = new ArrayList<>(); // {label start, label end}
    private final List<LocalDate> dates = new ArrayList<>();
    private LocalDate opening;

    References(String text, List<Found> found) {
      Map<Integer, LocalDate> fullDates = new HashMap<>(); // by start: one lookup per line, not a scan of all dates
      for (Found date : found) {
        if (date.complete()) {
          LocalDate full = fullDate(date);
          if (full != null) {
            fullDates.putIfAbsent(date.start(), full);
          }
        }
      }
      List<int[]> labelled = new ArrayList<>();
      scan(DATE_LABEL, text, labelStarts(text), label -> labelled.add(new int[] {label.start(), label.end()}));
      // A line that holds only a full date signs a Chinese notice (落款): it dates its block like a Date: line.
      for (Found date : found) {
        if (date.complete() && lineHoldsOnly(text, date.start(), date.end())) {
          labelled.add(new int[] {date.start(), date.start()});
        }
      }
      labelled.sort(java.util.Comparator.comparingInt((int[] l) -> l[1]));
      for (int[] line : labelled) {
        LocalDate date = fullDates.get(line[1]);
        if (date != null) {
          lines.add(line);
          dates.add(date);
        }
      }
      int first = 0;
      while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      opening = fullDates.get(first);
    }

    private static boolean lineHoldsOnly(String text, int start, int end) {
      int before = start;
      while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
        before--;
      }
      int after = end;
      while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t'
          || text.charAt(after) == '\r')) {
        after++;
      }
      return (before == 0 || text.charAt(before - 1) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    }

    private static LocalDate fullDate(Found date) {
      String iso = date.value().apply(null).value();
      if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
        return null;
      }
      // yyyy-MM-dd, as the patterns write it (LocalDate.toString): read by hand, since LocalDate.parse's
      // formatter cost more than finding the date did
      return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
          Integer.parseInt(iso, 8, 10, 10));
    }

    /** The block's date for a date at {@code position}: the first Date: line after it, else the last before. */
    LocalDate at(int position) {
      // The first line that comes after the position (or opens at it); lines are sorted by where their label
      // ends, and whether one comes after is monotone in that order except for a line at the position itself.
      int lo = 0;
      int hi = lines.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (lines.get(mid)[1] < position) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < lines.size() && lines.get(i)[1] == position; i++) {
        if (lines.get(i)[0] == position) {
          return dates.get(i);
        }
      }
      int after = lo;
      while (after < lines.size() && lines.get(after)[1] == position) {
        after++;
      }
      if (after < lines.size()) {
        return dates.get(after);
      }
      return !dates.isEmpty() ? dates.get(dates.size() - 1) : opening;
    }
  }

  private static boolean hasDigitOrDateWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '年' || c == '月' || c == '季' || c == '半') {
        return true;
      }
    }
    // a month named alone: "in September"
    return text.indexOf("ber") >= 0 || text.indexOf("uary") >= 0 || text.indexOf("March") >= 0
        || text.indexOf("April") >= 0 || text.indexOf("May") >= 0 || text.indexOf("June") >= 0
        || text.indexOf("July") >= 0 || text.indexOf("August") >= 0;
  }

  // ---- English ----------------------------------------------------------------------------------------------

  private void findEnglish(String text, int[] months, List<Found> out) {
    // Every English pattern holds a month name or a year and starts at a word a few characters before it: each is
    // tried only at those words, so that prose and text dense with other numbers cost one pass over the characters.
    int[] years = yearAnchors(text);
    scan(MONTH_DAY_YEAR_AT, text, years, months, m -> {
      if (isMonthWord(m.group(1))) {
        addDate(out, m, year(m.group(3)), month(m.group(1)), day(m.group(2)), 0.97);
      }
    });
    scan(DAY_MONTH_YEAR_AT, text, years, months, m -> {
      if (isMonthWord(m.group(2))) {
        addDate(out, m, year(m.group(3)), month(m.group(2)), day(m.group(1)), 0.97);
      }
    });
    scan(MONTH_DAY_AT, text, years, months, m -> {
      if (isMonthWord(m.group(1))) {
        addMonthDay(out, m.start(), m.end(), month(m.group(1)), day(m.group(2)), past(text, m.start()));
      }
    });
    scan(DAY_MONTH_AT, text, years, months, m -> {
      if (isMonthWord(m.group(2))) {
        addMonthDay(out, m.start(), m.end(), month(m.group(2)), day(m.group(1)), past(text, m.start()));
      }
    });
    scan(MONTH_DAY_RANGE_AT, text, years, months, m -> {
      if (isMonthWord(m.group(1)) && isMonthWord(m.group(3))) {
        addMonthDayRange(out, m, month(m.group(1)), day(m.group(2)), month(m.group(3)), day(m.group(4)));
      }
    });
    scan(MONTH_YEAR_AT, text, years, months, m -> {
      if (isMonthWord(m.group(1))) {
        String iso = m.group(2) + "-" + padded(month(m.group(1)), 2);
        out.add(fixed(m.start(), m.end(), TimeValue.of(iso), 0.95));
      }
    });
    scan(BARE_MONTH_AT, text, years, months, m -> {
      if (bareMonthFits(text, m.start(), m.group(1))) {
        int month = month(m.group(1));
        boolean past = past(text, m.start());
        out.add(new Found(m.start(), m.end(), reference -> TimeValue.of(reference == null
            ? "--" + padded(month, 2) : nearestMonth(month, reference, past)), false, 0.88));
      }
    });
    scan(ISO_DATE_AT, text, years, months, m -> {
      addDate(out, m, year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 0.95);
    });
    scan(YEAR_RANGE_AT, text, years, months, m -> {
      String to = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
      addInterval(out, m.start(), m.end(), m.group(1), to);
    });
    scan(BETWEEN_YEARS_AT, text, years, months, m -> {
      addInterval(out, m.start(), m.end(), m.group(1), m.group(2));
    });
    scan(YEAR_ONWARDS_AT, text, years, months, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.interval(m.group(1), null), 0.9));
    });
    scan(HALF_AT, text, years, months, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(2) + "-H"
          + ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))), 0.95));
    });
    scan(HALF_SHORT_AT, text, years, months, m -> {
      String half = first(m.group(1), m.group(4), m.group(5));
      String year = first(m.group(2), m.group(3), m.group(6));
      out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-H" + half), 0.93));
    });
    scan(QUARTER_AT, text, years, months, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(2) + "-Q"
          + ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))), 0.95));
    });
    scan(QUARTER_SHORT_AT, text, years, months, m -> {
      String quarter = first(m.group(1), m.group(4));
      String year = first(m.group(2), m.group(3));
      out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), 0.93));
    });
    scan(BARE_YEAR_AT, text, years, months, m -> {
      if (isYearInContext(text, m.start(), m.end())) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(1)), 0.9));
      }
    });
  }

  private static void findDurations(String text, int[] englishStarts, int[] chineseStarts, List<Found> out) {
    scan(DURATION, text, englishStarts, m -> {
      BigDecimal count = m.group(2).chars().allMatch(Character::isDigit) ? new BigDecimal(m.group(2))
          : EnglishNumber.parse(List.of(m.group(2).split("-")));
      if (m.group(2).indexOf('-') > 0 && count == null) {
        count = EnglishNumber.parse(List.of(m.group(2)));
      }
      String unit = m.group(3).toLowerCase(Locale.ROOT);
      if (unit.startsWith("decade")) {
        addDuration(out, m.start(), m.end(), count == null ? null : count.multiply(BigDecimal.TEN), 'Y');
      } else {
        addDuration(out, m.start(), m.end(), count, Character.toUpperCase(unit.charAt(0)));
      }
    });
    if (chineseStarts.length > 0) {
      scan(CN_DURATION_AT, text, chineseStarts, m -> {
        BigDecimal count = Character.isDigit(m.group(2).charAt(0)) ? new BigDecimal(m.group(2))
            : ChineseNumber.parse(m.group(2));
        char unit = switch (m.group(3)) {
          case "年" -> 'Y';
          case "个月" -> 'M';
          default -> 'D';
        };
        addDuration(out, m.start(), m.end(), count, unit);
      });
    }
  }

  /** A duration of {@code count} years, months, weeks or days (unit Y, M, W or D): P5Y. */
  private static void addDuration(List<Found> out, int start, int end, BigDecimal count, char unit) {
    if (count == null || count.scale() > 0 || count.signum() <= 0 || count.compareTo(BigDecimal.valueOf(1000)) > 0) {
      return;
    }
    out.add(fixed(start, end, TimeValue.duration("P" + count.toPlainString() + unit), 0.85));
  }

  /**
   * A four-digit number from 1900 to 2099 is a year unless it is a quantity (a unit or a plural noun after it, a
   * currency or a word of amount before it) or part of a name (right after a capitalized word: "Made in China
   * 2025", "Healthy China 2030").
   */
  private boolean isYearInContext(String text, int start, int end) {
    if (start > 0 && (text.charAt(start - 1) == '〔' || text.charAt(start - 1) == '[' && end < text.length()
        && text.charAt(end) == ']' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
      return false; // 国办发〔2021〕5号: the year of a document number is part of a code
    }
    if (start > 0 && text.charAt(start - 1) == '-' && !(start >= 4 && text.regionMatches(true, start - 4, "mid-", 0,
        4))) {
      return false; // "COVID-2019", "2010-2020" (a range, read as one)
    }
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ' && next - end < 2) {
      next++;
    }
    if (next < text.length() && units.suffixAt(text, next) != null) {
      return false; // "2000 tonnes", "2025 yuan"
    }
    Words.Word before = Words.before(text, start);
    int back = start;
    while (back > 0 && text.charAt(back - 1) == ' ') {
      back--;
    }
    if (back > 0 && units.prefixEndingAt(text, back) != null) {
      return false; // "CNY 2000", "$2000"
    }
    String previous = before == null ? "" : before.text().toLowerCase(Locale.ROOT);
    if (AMOUNT_WORDS.contains(previous)) {
      return false; // "at least 2000", "another 2000"
    }
    if (previous.equals("than") && before.end() == start - 1) {
      Words.Word comparative = Words.before(text, before.start());
      if (comparative != null && COMPARATIVES.contains(comparative.text().toLowerCase(Locale.ROOT))) {
        return false; // "more than 2000"; but "no later than 2025" is a year
      }
    }
    if (before != null && before.end() == start - 1 && before.isCapitalized()
        && !Words.startsSentence(text, before.start()) && !isMonthName(before.text())
        && !YEAR_WORDS.contains(previous)) {
      return false; // "Made in China 2025", "World Manufacturing Conference 2021"
    }
    return true;
  }

  private static boolean isMonthName(String word) {
    return word.matches("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*");
  }

  /** "in September", "since March", "mid-June": a month named alone after a preposition. */
  private static boolean bareMonthFits(String text, int start, String month) {
    if (start >= 4 && text.regionMatches(true, start - 4, "mid-", 0, 4)) {
      return true;
    }
    Words.Word before = Words.before(text, start);
    if (before == null || before.end() != start - 1) {
      return false;
    }
    String word = before.text().toLowerCase(Locale.ROOT);
    if (month.equals("May") || month.equals("March")) {
      return word.equals("in") || word.equals("since") || word.equals("until") || word.equals("during")
          || word.equals("early") || word.equals("late") || word.equals("of");
    }
    return BEFORE_BARE_MONTH.contains(word);
  }

  // ---- Chinese ----------------------------------------------------------------------------------------------

  private static void findChinese(String text, int[] starts, List<Found> out) {
    if (starts.length == 0) {
      return;
    }
    scan(CN_DATE_AT, text, starts, m -> {
      addDate(out, m, chineseYear(m.group(1)), chineseSmall(m.group(2)), chineseSmall(m.group(3)), 0.97);
    });
    scan(CN_MONTH_AT, text, starts, m -> {
      int year = chineseYear(m.group(1));
      int month = chineseSmall(m.group(2));
      if (year > 0 && month >= 1 && month <= 12) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(padded(year, 4) + "-" + padded(month, 2)), 0.95));
      }
    });
    scan(CN_MONTH_DAY_AT, text, starts, m -> {
      addMonthDay(out, m.start(), m.end(), chineseSmall(m.group(1)), chineseSmall(m.group(2)), false);
    });
    scan(CN_BARE_MONTH_AT, text, starts, m -> {
      int month = chineseSmall(m.group(1));
      if (month >= 1 && month <= 12) {
        out.add(new Found(m.start(), m.end(), reference -> TimeValue.of(reference == null
            ? "--" + padded(month, 2) : nearestMonth(month, reference, false)), false, 0.88));
      }
    });
    scan(CN_MONTH_RANGE_AT, text, starts, m -> {
      int year = chineseYear(m.group(1));
      int from = chineseSmall(m.group(2));
      int to = chineseSmall(m.group(3));
      if (year > 0 && from >= 1 && to <= 12 && from < to) {
        out.add(fixed(m.start(), m.end(), TimeValue.interval(padded(year, 4) + "-" + padded(from, 2),
            padded(year, 4) + "-" + padded(to, 2)), 0.95));
      }
    });
    scan(CN_RANGE_AT, text, starts, m -> {
      int from = chineseYear(m.group(1));
      int to = chineseYear(m.group(2));
      if (from > 0 && to > from) {
        out.add(fixed(m.start(), m.end(), TimeValue.interval(Integer.toString(from), Integer.toString(to)), 0.95));
      }
    });
    scan(CN_HALF_AT, text, starts, m -> {
      int year = chineseYear(m.group(1));
      if (year > 0) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-H" + (m.group(2).equals("上") ? 1 : 2)), 0.95));
      }
    });
    scan(CN_QUARTER_AT, text, starts, m -> {
      int year = chineseYear(m.group(1));
      int quarter = chineseSmall(m.group(2));
      if (year > 0 && quarter >= 1 && quarter <= 4) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), 0.95));
      }
    });
    scan(CN_BARE_PERIOD_AT, text, starts, m -> {
      String relative = m.group(1);
      boolean half = m.group(2) != null;
      int index = half ? (m.group(2).equals("上") ? 1 : 2) : chineseSmall(m.group(3));
      out.add(new Found(m.start(), m.end(), reference -> reference == null ? null
          : TimeValue.of(periodYear(relative, half, index, reference) + (half ? "-H" : "-Q") + index), false, 0.9));
    });
    scan(CN_YEAR_ONLY_AT, text, starts, m -> {
      int year = chineseYear(m.group(1));
      if (year > 0) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(Integer.toString(year)), 0.93));
      }
    });
  }

  /**
   * The year of a half or quarter named without one: 今年/去年/明年 say it; otherwise the year whose period lies
   * nearest to the reference date (一季度 read in February 2022 is 2022-Q1, 四季度 is 2021-Q4).
   */
  static int periodYear(String relative, boolean half, int index, LocalDate reference) {
    if (relative != null) {
      return reference.getYear() + switch (relative) {
        case "去年" -> -1;
        case "明年" -> 1;
        default -> 0;
      };
    }
    int months = half ? 6 : 3;
    int best = reference.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      LocalDate periodStart = LocalDate.of(year, (index - 1) * months + 1, 1);
      LocalDate middle = periodStart.plusDays(periodStart.plusMonths(months).toEpochDay()
          - periodStart.toEpochDay() >> 1);
      long distance = Math.abs(middle.toEpochDay() - reference.toEpochDay());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = year;
      }
    }
    return best;
  }

  // ---- scanning -----------------------------------------------------------------------------------------------

  /**
   * How far before the first 年, 月, 天, 季 or 半 in it a Chinese pattern can start: 2021-2025年, whose only anchor
   * is its last character, is 10 long; with the spaces the patterns allow, 14.
   */
  private static final int CHINESE_LEAD = 14;

  /**
   * The positions at which a Chinese pattern can start: a character a Chinese date or duration can begin with (a
   * digit, a Chinese numeral, 今, 去, 明, 上, 下, 第, 未, 近, 过, 最) at most {@link #CHINESE_LEAD} characters
   * before one of the {@link #CHINESE_ANCHORS}, which every Chinese pattern holds. Text without them costs one pass
   * over its characters.
   */
  static int[] chineseStarts(String text) {
    int[] starts = new int[16];
    int size = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u3000' || CHINESE_ANCHORS.indexOf(c) < 0) { // every anchor is a Han character
        continue;
      }
      for (int p = Math.max(i - CHINESE_LEAD, size == 0 ? 0 : starts[size - 1] + 1); p <= i; p++) {
        char first = text.charAt(p);
        if (first >= '0' && first <= '9' || CHINESE_FIRST.indexOf(first) >= 0) {
          if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, size * 2);
          }
          starts[size++] = p;
        }
      }
    }
    return java.util.Arrays.copyOf(starts, size);
  }

  /** The characters other than digits that a Chinese pattern can start with. */
  private static final String CHINESE_FIRST = "〇零一二三四五六七八九十两今去明上下第未近过最";

  /** The words a {@link #DATE_LABEL} names, the last part of the label before its colon. */
  private static final List<String> LABEL_WORDS = List.of("Date", "DATE", "Published", "发布日期", "发文日期",
      "成文日期", "日期");

  /**
   * The positions at which a {@link #DATE_LABEL} can start, sorted: before a colon, past the spaces and markup
   * that may stand between it and the label, a label word ends, and the label starts at that word or in the run of
   * markup and spaces before it. Most colons (times, "Note:") give none, and no regular expression runs for them.
   */
  static int[] labelStarts(String text) {
    int[] starts = new int[4];
    int size = 0;
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int wordEnd = colon;
      while (wordEnd > 0 && isLabelPadding(text.charAt(wordEnd - 1))) {
        wordEnd--;
      }
      int colonStart = size;
      for (String word : LABEL_WORDS) {
        int wordStart = wordEnd - word.length();
        if (wordStart < 0 || !text.startsWith(word, wordStart)) {
          continue;
        }
        int lead = wordStart;
        while (lead > 0 && isLabelLead(text.charAt(lead - 1))) {
          lead--;
        }
        if (size + wordStart - lead + 1 > starts.length) {
          starts = java.util.Arrays.copyOf(starts, Math.max(starts.length * 2, size + wordStart - lead + 1));
        }
        for (int p = lead; p <= wordStart; p++) {
          starts[size++] = p;
        }
      }
      // Two words can end at one colon (发布日期 and 日期): their starts, after every earlier colon's, are sorted
      // and made distinct here.
      java.util.Arrays.sort(starts, colonStart, size);
      int distinct = colonStart;
      for (int k = colonStart; k < size; k++) {
        if (distinct == colonStart || starts[distinct - 1] != starts[k]) {
          starts[distinct++] = starts[k];
        }
      }
      size = distinct;
    }
    return java.util.Arrays.copyOf(starts, size);
  }

  /** What {@link #DATE_LABEL} allows between its word and its colon: {@code [ \t*_]}. */
  private static boolean isLabelPadding(char c) {
    return c == ' ' || c == '\t' || c == '*' || c == '_';
  }

  /** What {@link #DATE_LABEL} allows before its word: {@code [ \t*_>-]}. */
  private static boolean isLabelLead(char c) {
    return isLabelPadding(c) || c == '>' || c == '-';
  }

  /**
   * An English pattern, the anchor every match of it holds — a year ({@link #yearAnchors}) or a month name
   * ({@link #monthAnchors}) — how many characters before its anchor a match can start (0 for "2021-12-28" and
   * "December 28", 2 to 5 for "5 December" and "28th December", 15 to 18 for "second quarter of 2022"), and what
   * every match holds next to its anchor: the pattern is not tried at an anchor without it. Most years in prose
   * stand alone ("in 2021,"), so that most year anchors are tried by the bare-year pattern only.
   */
  record Anchored(Pattern pattern, boolean onYear, int minLead, int maxLead, Beside beside) {

    /** The word starts at which the pattern can match, sorted. */
    int[] starts(String text, int[] years, int[] months) {
      int[] anchors = onYear ? years : months;
      if (anchors.length == 0) {
        return anchors; // most texts name no month: nothing to allocate for the month patterns
      }
      Starts starts = new Starts(text);
      for (int anchor : anchors) {
        if (beside.holds(text, anchor)) {
          starts.addWordStarts(anchor - maxLead, anchor - minLead);
        }
      }
      return starts.toArray();
    }
  }

  /** What a pattern's matches hold next to their anchor. */
  @FunctionalInterface
  interface Beside {
    Beside ANYTHING = (text, anchor) -> true;

    boolean holds(String text, int anchor);
  }

  /** The character at {@code i}, or 0 outside the text. */
  private static char at(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  /**
   * A month name and then, in the month patterns with a day or year: an optional period and comma, a space and a
   * digit ("Dec. 28", "December 28", "September, 2021").
   */
  private static boolean monthThenNumber(String text, int anchor) {
    int i = anchor;
    while (Characters.isAsciiLetter(at(text, i))) {
      i++;
    }
    if (at(text, i) == '.') {
      i++;
    }
    if (at(text, i) == ',') {
      i++;
    }
    return at(text, i) == ' ' && Characters.isAsciiDigit(at(text, i + 1));
  }

  /** A space before the month name, after the day: "28th December". */
  private static boolean spaceBefore(String text, int anchor) {
    return at(text, anchor - 1) == ' ';
  }

  /** A capital: the bare month pattern is case-sensitive. */
  private static boolean capitalized(String text, int anchor) {
    char c = at(text, anchor);
    return c >= 'A' && c <= 'Z';
  }

  /** "2021-12-28", "2021/3/5", "2021.3.5": a separator and a digit ("in 2021." ends a sentence). */
  private static boolean yearThenDateSeparator(String text, int anchor) {
    char c = at(text, anchor + 4);
    return (c == '-' || c == '/' || c == '.') && Characters.isAsciiDigit(at(text, anchor + 5));
  }

  /** "2021-2025", "2021 ~ 2025", "2021 to 2025", "2021 through 2025", "2021 until 2025". */
  private static boolean yearThenRange(String text, int anchor) {
    char c = at(text, anchor + 4);
    if (c == ' ') {
      c = at(text, anchor + 5);
    }
    return c == '-' || c == '~' || c == 't' || c == 'u';
  }

  /** "2023 onwards", "2030 and beyond", in either case. */
  private static boolean yearThenOnwards(String text, int anchor) {
    char c = (char) (at(text, anchor + 5) | 0x20);
    return at(text, anchor + 4) == ' ' && (c == 'o' || c == 'a');
  }

  /** "of 2021": the last words of "first half of 2021" and "fourth quarter of 2021", in either case. */
  private static boolean ofBeforeYear(String text, int anchor) {
    return at(text, anchor - 1) == ' ' && (at(text, anchor - 2) | 0x20) == 'f'
        && (at(text, anchor - 3) | 0x20) == 'o';
  }

  /** "between 2010" or "from 2011", in either case. */
  private static boolean betweenOrFromBeforeYear(String text, int anchor) {
    char c = (char) (at(text, anchor - 2) | 0x20);
    return at(text, anchor - 1) == ' ' && (c == 'n' || c == 'm');
  }

  /** {@code letter} (H or Q) where "H1 2021", "H12021", "1H 2021", "2021H1" and "2021 H1" have it. */
  private static boolean periodLetterBeside(String text, int anchor, char letter) {
    return at(text, anchor - 3) == letter || at(text, anchor - 2) == letter || at(text, anchor + 4) == letter
        || at(text, anchor + 5) == letter;
  }

  static final Anchored MONTH_DAY_YEAR_AT = new Anchored(MONTH_DAY_YEAR, false, 0, 0,
      DateRecognizer::monthThenNumber);
  static final Anchored DAY_MONTH_YEAR_AT = new Anchored(DAY_MONTH_YEAR, false, 2, 5, DateRecognizer::spaceBefore);
  static final Anchored MONTH_DAY_AT = new Anchored(MONTH_DAY, false, 0, 0, DateRecognizer::monthThenNumber);
  static final Anchored DAY_MONTH_AT = new Anchored(DAY_MONTH, false, 2, 5, DateRecognizer::spaceBefore);
  static final Anchored MONTH_DAY_RANGE_AT = new Anchored(MONTH_DAY_RANGE, false, 0, 0,
      DateRecognizer::monthThenNumber);
  static final Anchored MONTH_YEAR_AT = new Anchored(MONTH_YEAR, false, 0, 0, DateRecognizer::monthThenNumber);
  static final Anchored BARE_MONTH_AT = new Anchored(BARE_MONTH, false, 0, 0, DateRecognizer::capitalized);
  static final Anchored ISO_DATE_AT = new Anchored(ISO_DATE, true, 0, 0, DateRecognizer::yearThenDateSeparator);
  static final Anchored YEAR_RANGE_AT = new Anchored(YEAR_RANGE, true, 0, 0, DateRecognizer::yearThenRange);
  static final Anchored BETWEEN_YEARS_AT = new Anchored(BETWEEN_YEARS, true, 5, 8, // "from ", "between "
      DateRecognizer::betweenOrFromBeforeYear);
  static final Anchored YEAR_ONWARDS_AT = new Anchored(YEAR_ONWARDS, true, 0, 0, DateRecognizer::yearThenOnwards);
  static final Anchored HALF_AT = new Anchored(HALF, true, 12, 15, // "1st half of " … "second half of "
      DateRecognizer::ofBeforeYear);
  static final Anchored HALF_SHORT_AT = new Anchored(HALF_SHORT, true, 0, 3, // "2021H1", "H12021", "H1 2021"
      (text, anchor) -> periodLetterBeside(text, anchor, 'H'));
  static final Anchored QUARTER_AT = new Anchored(QUARTER, true, 15, 18, // "1st quarter of " … "fourth quarter of "
      DateRecognizer::ofBeforeYear);
  static final Anchored QUARTER_SHORT_AT = new Anchored(QUARTER_SHORT, true, 0, 3,
      (text, anchor) -> periodLetterBeside(text, anchor, 'Q'));
  static final Anchored BARE_YEAR_AT = new Anchored(BARE_YEAR, true, 0, 0, Beside.ANYTHING);

  /** Every English pattern with its anchor, for the test that checks the anchors miss no match. */
  static final List<Anchored> ENGLISH = List.of(MONTH_DAY_YEAR_AT, DAY_MONTH_YEAR_AT, MONTH_DAY_AT, DAY_MONTH_AT,
      MONTH_DAY_RANGE_AT, MONTH_YEAR_AT, BARE_MONTH_AT, ISO_DATE_AT, YEAR_RANGE_AT, BETWEEN_YEARS_AT, YEAR_ONWARDS_AT,
      HALF_AT, HALF_SHORT_AT, QUARTER_AT, QUARTER_SHORT_AT, BARE_YEAR_AT);

  /**
   * Where the numbers that may be years start: runs of four ASCII digits from 1900 to 2099 (what {@link #YEAR}
   * matches between word boundaries; {@code \d} is ASCII in Java patterns), and the last four of five digits when a
   * half or quarter is written against the year ("H22021", "Q32021"). Sorted.
   */
  static int[] yearAnchors(String text) {
    int[] anchors = new int[8];
    int size = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      int year = end - i == 4 && isCentury(text, i) ? i : end - i == 5 && isCentury(text, i + 1) ? i + 1 : -1;
      if (year >= 0) {
        if (size == anchors.length) {
          anchors = java.util.Arrays.copyOf(anchors, size * 2);
        }
        anchors[size++] = year;
      }
      i = end;
    }
    return java.util.Arrays.copyOf(anchors, size);
  }

  private static boolean isCentury(String text, int i) {
    char c = text.charAt(i);
    return c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0';
  }

  /**
   * The word starts that may begin a month name (j, f, m, a, s, o, n, d) or a duration's first word (next, coming,
   * past, last, following), in either case: the anchors of {@link #monthAnchors} and {@link #durationStarts}, found
   * in one pass.
   */
  static int[] anchorWordStarts(String text) {
    return Starts.wordStartsWith(text, "jfmasondcpl");
  }

  /**
   * The Han characters that every Chinese pattern holds: 年, 月, 季 or 半 the dates and periods, 年, 月 or 天 the
   * durations. One pass finds the starts for both; a pattern tried at a start it cannot match simply fails there.
   */
  private static final String CHINESE_ANCHORS = "年月季半天";

  /**
   * Where the words that may be month names start, of the {@linkplain #anchorWordStarts anchor words}: their
   * first three letters, in any case, begin one. Sorted.
   */
  static int[] monthAnchors(String text, int[] wordStarts) {
    int[] starts = new int[wordStarts.length];
    int size = 0;
    for (int i : wordStarts) {
      if (i + 2 < text.length() && isMonthPrefix(text.charAt(i) | 0x20, text.charAt(i + 1) | 0x20,
          text.charAt(i + 2) | 0x20)) {
        starts[size++] = i;
      }
    }
    return java.util.Arrays.copyOf(starts, size);
  }

  private static boolean isMonthPrefix(int a, int b, int c) {
    return switch (a) {
      case 'j' -> b == 'a' && c == 'n' || b == 'u' && (c == 'n' || c == 'l');
      case 'f' -> b == 'e' && c == 'b';
      case 'm' -> b == 'a' && (c == 'r' || c == 'y');
      case 'a' -> b == 'p' && c == 'r' || b == 'u' && c == 'g';
      case 's' -> b == 'e' && c == 'p';
      case 'o' -> b == 'c' && c == 't';
      case 'n' -> b == 'o' && c == 'v';
      case 'd' -> b == 'e' && c == 'c';
      default -> false;
    };
  }

  /**
   * The word starts at which {@link #DURATION} can match, of the {@linkplain #anchorWordStarts anchor words}: next,
   * coming, past, last, following.
   */
  static int[] durationStarts(String text, int[] wordStarts) {
    int[] starts = new int[wordStarts.length];
    int size = 0;
    for (int i : wordStarts) {
      // The first letter tells which word to compare: a case-blind comparison costs ~40 ns, and most starts are
      // of month names or other words.
      String word = switch (text.charAt(i) | 0x20) {
        case 'n' -> "next ";
        case 'c' -> "coming ";
        case 'p' -> "past ";
        case 'l' -> "last ";
        case 'f' -> "following ";
        default -> null;
      };
      if (word != null && text.regionMatches(true, i, word, 0, word.length())) {
        starts[size++] = i;
      }
    }
    return java.util.Arrays.copyOf(starts, size);
  }

  /**
   * Positions a pattern may start at, collected in increasing order of anchors. A word start is an ASCII letter or
   * digit after anything else: every place where {@code \b} can hold before the first character of an English
   * pattern, and some more.
   */
  private static final class Starts {
    private final String text;
    private int[] positions = new int[16];
    private int size;

    Starts(String text) {
      this.text = text;
    }

    static boolean isWordStart(String text, int i) {
      return isAsciiLetterOrDigit(text.charAt(i)) && (i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1)));
    }

    /**
     * The word starts whose first character is a letter of {@code letters} (lower case), in either case: one
     * cheap pass over the characters, where testing each character as a word start would look at two.
     */
    static int[] wordStartsWith(String text, String letters) {
      int wanted = 0;
      for (int k = 0; k < letters.length(); k++) {
        wanted |= 1 << (letters.charAt(k) - 'a');
      }
      int[] found = new int[8];
      int size = 0;
      int previous = 0; // the class of the character before: 0 none, 1 digit, 2 letter
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        int kind = c < 128 ? ASCII_CLASS[c] : 0;
        if (kind == 2 && previous == 0 && (wanted & (1 << ((c | 0x20) - 'a'))) != 0) {
          if (size == found.length) {
            found = java.util.Arrays.copyOf(found, size * 2);
          }
          found[size++] = i;
        }
        previous = kind;
      }
      return java.util.Arrays.copyOf(found, size);
    }

    /** For each ASCII character: 0 if it is no letter or digit, 1 for a digit, 2 for a letter. */
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
      for (char c = '0'; c <= '9'; c++) {
        ASCII_CLASS[c] = 1;
      }
      for (char c = 'a'; c <= 'z'; c++) {
        ASCII_CLASS[c] = 2;
        ASCII_CLASS[c - 32] = 2;
      }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return c < 128 && ASCII_CLASS[c] != 0;
    }

    /** Adds the word starts in {@code [from, to]}, after those already added. */
    void addWordStarts(int from, int to) {
      for (int i = Math.max(from, size == 0 ? 0 : positions[size - 1] + 1); i <= to; i++) {
        if (isWordStart(text, i)) {
          if (size == positions.length) {
            positions = java.util.Arrays.copyOf(positions, size * 2);
          }
          positions[size++] = i;
        }
      }
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(positions, size);
    }
  }

  /**
   * Runs {@code pattern} as {@link Matcher#find()} over the whole text would, trying it only at {@code starts}
   * (sorted): the pattern can match nowhere else. Like {@code find}, a match is not looked for inside the last.
   */
  private static void scan(Anchored anchored, String text, int[] years, int[] months, Consumer<Matcher> onMatch) {
    scan(anchored.pattern(), text, anchored.starts(text, years, months), onMatch);
  }

  private static void scan(ChineseAnchored anchored, String text, int[] chineseStarts, Consumer<Matcher> onMatch) {
    scan(anchored.pattern(), text, anchored.starts(text, chineseStarts), onMatch);
  }

  static void scan(Pattern pattern, String text, int[] starts, Consumer<Matcher> onMatch) {
    if (starts.length == 0) {
      return;
    }
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int end = 0;
    for (int start : starts) {
      if (start < end) {
        continue;
      }
      m.region(start, text.length());
      if (m.lookingAt()) {
        onMatch.accept(m);
        end = Math.max(m.end(), start + 1);
      }
    }
  }

  // ---- building found dates ---------------------------------------------------------------------------------

  private static Found fixed(int start, int end, TimeValue value, double confidence) {
    return new Found(start, end, reference -> value, true, confidence);
  }

  private static void addDate(List<Found> out, Matcher m, int year, int month, int day, double confidence) {
    if (year < 0) {
      return; // chineseYear's "not a year": LocalDate.of(-1, 12, 28) is valid, and wrote -0001-12-28
    }
    try {
      out.add(fixed(m.start(), m.end(), TimeValue.of(LocalDate.of(year, month, day).toString()), confidence));
    } catch (DateTimeException e) {
      // 31 February and the like: not a date
    }
  }

  /** A month and day; {@code past} when the text puts it before the reference ("since March 3"). */
  private static void addMonthDay(List<Found> out, int start, int end, int month, int day, boolean past) {
    MonthDay monthDay = monthDay(month, day);
    if (monthDay != null) {
      out.add(new Found(start, end, reference -> TimeValue.of(reference == null ? partial(monthDay)
          : (past ? latest(monthDay, reference) : nearest(monthDay, reference)).toString()), false, 0.9));
    }
  }

  /** "since March", "last September": the words before a date without a year that put it in the past. */
  private static boolean past(String text, int start) {
    Words.Word before = Words.before(text, start);
    return before != null && before.end() == start - 1
        && (before.text().equalsIgnoreCase("since") || before.text().equalsIgnoreCase("last"));
  }

  /** The latest date with this month and day on or before {@code reference}. */
  static LocalDate latest(MonthDay monthDay, LocalDate reference) {
    for (int year = reference.getYear(); year >= reference.getYear() - 8; year--) {
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(reference)) {
        return monthDay.atYear(year);
      }
    }
    return nearest(monthDay, reference);
  }

  /** "December 28 - January 25": both ends take the nearest year, and the end never comes before the start. */
  private static void addMonthDayRange(List<Found> out, Matcher m, int month1, int day1, int month2, int day2) {
    MonthDay from = monthDay(month1, day1);
    MonthDay to = monthDay(month2, day2);
    if (from == null || to == null || from.equals(to)) {
      return;
    }
    out.add(new Found(m.start(), m.end(), reference -> {
      if (reference == null) {
        return TimeValue.interval(partial(from), partial(to));
      }
      LocalDate start = nearest(from, reference);
      LocalDate end = nearest(to, reference);
      while (end.isBefore(start)) {
        end = to.atYear(end.getYear() + 1);
      }
      return TimeValue.interval(start.toString(), end.toString());
    }, false, 0.92));
  }

  private static MonthDay monthDay(int month, int day) {
    try {
      return MonthDay.of(month, day);
    } catch (DateTimeException e) {
      return null; // 31 February and the like: not a date
    }
  }

  private static String partial(MonthDay monthDay) {
    return monthDay.toString(); // --MM-dd
  }

  /** A non-negative number with at least {@code width} digits, zeros in front: {@code %0Nd} without a Formatter. */
  static String padded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static void addInterval(List<Found> out, int start, int end, String from, String to) {
    if (Integer.parseInt(to) > Integer.parseInt(from)) {
      out.add(fixed(start, end, TimeValue.interval(from, to), 0.95));
    }
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private static int day(String digits) {
    return Integer.parseInt(digits);
  }

  /** The month of an English month name or abbreviation. */
  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (key.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  /** Month names are written capitalized or in capitals; "may" and "march" in lower case are verbs. */
  private static boolean isMonthWord(String word) {
    return Character.isUpperCase(word.charAt(0))
        && (word.length() < 2 || Character.isLowerCase(word.charAt(1)) || word.equals(word.toUpperCase(Locale.ROOT)));
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A year written in Arabic or Chinese digits, or -1 outside 1800–2199. */
  private static int chineseYear(String digits) {
    int year;
    if (Character.isDigit(digits.charAt(0))) {
      year = Integer.parseInt(digits);
    } else {
      year = 0;
      for (int i = 0; i < digits.length(); i++) {
        year = year * 10 + ChineseNumber.digit(digits.charAt(i));
      }
    }
    return year >= 1800 && year < 2200 ? year : -1;
  }

  /** A month, day or quarter number in Arabic or Chinese numerals, or -1. */
  private static int chineseSmall(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    BigDecimal value = ChineseNumber.parse(text);
    return value == null ? -1 : value.intValue();
  }

  /** The date with this month and day nearest to {@code reference}. */
  static LocalDate nearest(MonthDay monthDay, LocalDate reference) {
    LocalDate best = null;
    for (int year = reference.getYear() - 4; year <= reference.getYear() + 4; year++) { // 29 February: a leap year
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
          < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The month (YYYY-MM) nearest to {@code reference}, measured from its middle; with {@code past}, the latest that
   * began on or before it.
   */
  static String nearestMonth(int month, LocalDate reference, boolean past) {
    MonthDay monthDay = MonthDay.of(month, past ? 1 : 15);
    return (past ? latest(monthDay, reference) : nearest(monthDay, reference)).toString().substring(0, 7);
  }
}
