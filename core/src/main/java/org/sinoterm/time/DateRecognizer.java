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

  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + ",? " + YEAR
      + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + ",? " + YEAR
      + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + "\\b");
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + "(?![a-z])");
  private static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + " ?(?:-|to|~) ?"
      + MONTH + " " + DAY + "\\b(?!,? ?\\d)");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern BARE_MONTH = Pattern.compile("\\b" + FULL_MONTH + "\\b(?![ .]\\d|,? (?:19|20)\\d\\d)");
  private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
  private static final Pattern YEAR_RANGE = Pattern.compile("\\b" + YEAR + " ?(?:-|~|to|through|until) ?"
      + "((?:19|20)\\d{2}|\\d{2})\\b(?!-\\d|年)");
  private static final Pattern BETWEEN_YEARS = Pattern.compile("(?i)\\b(?:between|from) " + YEAR + " (?:and|to) "
      + YEAR + "\\b");
  private static final Pattern YEAR_ONWARDS = Pattern.compile("(?i)\\b" + YEAR + " (?:onwards?|and beyond)\\b");
  private static final Pattern HALF = Pattern.compile("(?i)\\b(first|second|1st|2nd) half of " + YEAR + "\\b");
  private static final Pattern HALF_SHORT = Pattern.compile("\\b(?:H([12]) ?" + YEAR + "|" + YEAR + " ?H([12])|([12])H "
      + YEAR + ")\\b");
  private static final Pattern QUARTER = Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter"
      + " of " + YEAR + "\\b");
  private static final Pattern QUARTER_SHORT = Pattern.compile("\\b(?:Q([1-4]) ?" + YEAR + "|" + YEAR + " ?Q([1-4]))"
      + "\\b");
  private static final Pattern DURATION = Pattern.compile("(?i)\\b(next|coming|past|last|following) ([a-z]+(?:-[a-z]+)?"
      + "|\\d{1,3}) (years|months|weeks|days|decades|year|month|week|day|decade)\\b");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,$€£¥#/])\\b" + YEAR + "\\b(?![\\d%]|[.,]\\d)");

  private static final String CN_YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
  private static final String CN_SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
  private static final Pattern CN_DATE = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月 ?" + CN_SMALL
      + " ?[日号]");
  private static final Pattern CN_MONTH = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月(?:份)?");
  private static final Pattern CN_MONTH_DAY = Pattern.compile("(?<![年\\d个])" + CN_SMALL + "月" + CN_SMALL + "[日号]");
  private static final Pattern CN_BARE_MONTH = Pattern.compile("(?<![年\\d个第一二三四五六七八九十])"
      + "(\\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?![\\d一二三四五六七八九十日号])");
  private static final Pattern CN_MONTH_RANGE = Pattern.compile(CN_YEAR + " ?年 ?" + CN_SMALL + " ?月 ?(?:-|~|至|到) ?"
      + CN_SMALL + " ?月(?![\\d一二三四五六七八九十日号])");
  private static final Pattern CN_RANGE = Pattern.compile(CN_YEAR + " ?年? ?(?:-|~|至|到) ?" + CN_YEAR + " ?年");
  private static final Pattern CN_HALF = Pattern.compile(CN_YEAR + " ?年 ?([上下])半年");
  private static final Pattern CN_QUARTER = Pattern.compile(CN_YEAR + " ?年 ?第?([一二三四1-4])季度");
  private static final Pattern CN_BARE_PERIOD = Pattern.compile("(?<![年\\d第])(今年|去年|明年)?(?:([上下])半年|第?([一二三四])"
      + "季度)");
  private static final Pattern CN_YEAR_ONLY = Pattern.compile("(?<![\\d])" + CN_YEAR + " ?年(?:度)?");
  private static final Pattern CN_DURATION = Pattern.compile("(未来|今后|近|过去|最近)(\\d{1,2}|[一二三四五六七八九十两]{1,3})"
      + "(年|个月|天)");

  /** Lines that give the date of a document or a block: "Date: December 28, 2021", "**Date:** …", 发布日期：… */
  private static final Pattern DATE_LABEL = Pattern.compile(
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
    if (hasDigitOrDateWord(text)) {
      findEnglish(text, found);
      findChinese(text, found);
    }
    findDurations(text, found);
    if (found.isEmpty()) {
      return;
    }
    References references = document.date() != null ? null : new References(text, found);
    for (Found date : found) {
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
      Matcher label = DATE_LABEL.matcher(text);
      List<int[]> labelled = new ArrayList<>();
      while (label.find()) {
        labelled.add(new int[] {label.start(), label.end()});
      }
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
      TimeValue value = date.value().apply(null);
      return value.value() != null && value.value().length() == 10 ? LocalDate.parse(value.value()) : null;
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

  private void findEnglish(String text, List<Found> out) {
    List<int[]> windows = windows(text, "0123456789");
    scan(MONTH_DAY_YEAR, text, windows, m -> {
      if (isMonthWord(m.group(1))) {
        addDate(out, m, year(m.group(3)), month(m.group(1)), day(m.group(2)), 0.97);
      }
    });
    scan(DAY_MONTH_YEAR, text, windows, m -> {
      if (isMonthWord(m.group(2))) {
        addDate(out, m, year(m.group(3)), month(m.group(2)), day(m.group(1)), 0.97);
      }
    });
    scan(MONTH_DAY, text, windows, m -> {
      if (isMonthWord(m.group(1))) {
        addMonthDay(out, m.start(), m.end(), month(m.group(1)), day(m.group(2)), past(text, m.start()));
      }
    });
    scan(DAY_MONTH, text, windows, m -> {
      if (isMonthWord(m.group(2))) {
        addMonthDay(out, m.start(), m.end(), month(m.group(2)), day(m.group(1)), past(text, m.start()));
      }
    });
    scan(MONTH_DAY_RANGE, text, windows, m -> {
      if (isMonthWord(m.group(1)) && isMonthWord(m.group(3))) {
        addMonthDayRange(out, m, month(m.group(1)), day(m.group(2)), month(m.group(3)), day(m.group(4)));
      }
    });
    scan(MONTH_YEAR, text, windows, m -> {
      if (isMonthWord(m.group(1))) {
        String iso = String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)));
        out.add(fixed(m.start(), m.end(), TimeValue.of(iso), 0.95));
      }
    });
    for (Matcher m = BARE_MONTH.matcher(text); m.find(); ) {
      if (bareMonthFits(text, m.start(), m.group(1))) {
        int month = month(m.group(1));
        boolean past = past(text, m.start());
        out.add(new Found(m.start(), m.end(), reference -> TimeValue.of(reference == null
            ? String.format(Locale.ROOT, "--%02d", month) : nearestMonth(month, reference, past)), false, 0.88));
      }
    }
    scan(ISO_DATE, text, windows, m -> {
      addDate(out, m, year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), 0.95);
    });
    scan(YEAR_RANGE, text, windows, m -> {
      String to = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
      addInterval(out, m.start(), m.end(), m.group(1), to);
    });
    scan(BETWEEN_YEARS, text, windows, m -> {
      addInterval(out, m.start(), m.end(), m.group(1), m.group(2));
    });
    scan(YEAR_ONWARDS, text, windows, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.interval(m.group(1), null), 0.9));
    });
    scan(HALF, text, windows, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(2) + "-H"
          + ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))), 0.95));
    });
    scan(HALF_SHORT, text, windows, m -> {
      String half = first(m.group(1), m.group(4), m.group(5));
      String year = first(m.group(2), m.group(3), m.group(6));
      out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-H" + half), 0.93));
    });
    scan(QUARTER, text, windows, m -> {
      out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(2) + "-Q"
          + ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))), 0.95));
    });
    scan(QUARTER_SHORT, text, windows, m -> {
      String quarter = first(m.group(1), m.group(4));
      String year = first(m.group(2), m.group(3));
      out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), 0.93));
    });
    scan(BARE_YEAR, text, windows, m -> {
      if (isYearInContext(text, m.start(), m.end())) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(m.group(1)), 0.9));
      }
    });
  }

  private static void findDurations(String text, List<Found> out) {
    String folded = text.toLowerCase(Locale.ROOT);
    boolean englishDuration = false;
    for (String word : new String[] {"next ", "coming ", "past ", "last ", "following "}) {
      englishDuration |= folded.contains(word);
    }
    for (Matcher m = DURATION.matcher(text); englishDuration && m.find(); ) {
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
    }
    List<int[]> windows = windows(text, "年月天");
    if (!windows.isEmpty()) {
      scan(CN_DURATION, text, windows, m -> {
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

  private static void findChinese(String text, List<Found> out) {
    List<int[]> windows = windows(text, "年月季半");
    if (windows.isEmpty()) {
      return;
    }
    scan(CN_DATE, text, windows, m -> {
      addDate(out, m, chineseYear(m.group(1)), chineseSmall(m.group(2)), chineseSmall(m.group(3)), 0.97);
    });
    scan(CN_MONTH, text, windows, m -> {
      int year = chineseYear(m.group(1));
      int month = chineseSmall(m.group(2));
      if (year > 0 && month >= 1 && month <= 12) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(String.format(Locale.ROOT, "%04d-%02d", year, month)), 0.95));
      }
    });
    scan(CN_MONTH_DAY, text, windows, m -> {
      addMonthDay(out, m.start(), m.end(), chineseSmall(m.group(1)), chineseSmall(m.group(2)), false);
    });
    scan(CN_BARE_MONTH, text, windows, m -> {
      int month = chineseSmall(m.group(1));
      if (month >= 1 && month <= 12) {
        out.add(new Found(m.start(), m.end(), reference -> TimeValue.of(reference == null
            ? String.format(Locale.ROOT, "--%02d", month) : nearestMonth(month, reference, false)), false, 0.88));
      }
    });
    scan(CN_MONTH_RANGE, text, windows, m -> {
      int year = chineseYear(m.group(1));
      int from = chineseSmall(m.group(2));
      int to = chineseSmall(m.group(3));
      if (year > 0 && from >= 1 && to <= 12 && from < to) {
        out.add(fixed(m.start(), m.end(), TimeValue.interval(String.format(Locale.ROOT, "%04d-%02d", year, from),
            String.format(Locale.ROOT, "%04d-%02d", year, to)), 0.95));
      }
    });
    scan(CN_RANGE, text, windows, m -> {
      int from = chineseYear(m.group(1));
      int to = chineseYear(m.group(2));
      if (from > 0 && to > from) {
        out.add(fixed(m.start(), m.end(), TimeValue.interval(Integer.toString(from), Integer.toString(to)), 0.95));
      }
    });
    scan(CN_HALF, text, windows, m -> {
      int year = chineseYear(m.group(1));
      if (year > 0) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-H" + (m.group(2).equals("上") ? 1 : 2)), 0.95));
      }
    });
    scan(CN_QUARTER, text, windows, m -> {
      int year = chineseYear(m.group(1));
      int quarter = chineseSmall(m.group(2));
      if (year > 0 && quarter >= 1 && quarter <= 4) {
        out.add(fixed(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), 0.95));
      }
    });
    scan(CN_BARE_PERIOD, text, windows, m -> {
      String relative = m.group(1);
      boolean half = m.group(2) != null;
      int index = half ? (m.group(2).equals("上") ? 1 : 2) : chineseSmall(m.group(3));
      out.add(new Found(m.start(), m.end(), reference -> reference == null ? null
          : TimeValue.of(periodYear(relative, half, index, reference) + (half ? "-H" : "-Q") + index), false, 0.9));
    });
    scan(CN_YEAR_ONLY, text, windows, m -> {
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

  /** How far a match may reach from the anchor character it contains ("September 28th, 2021" is 20 long). */
  private static final int WINDOW_MARGIN = 40;

  /**
   * The stretches of {@code text} within {@link #WINDOW_MARGIN} of one of the {@code anchors} characters, merged:
   * every pattern that needs such a character (a digit, 年) is run only there, so that prose without numbers
   * costs one pass over its characters.
   */
  static List<int[]> windows(String text, String anchors) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (anchors.indexOf(text.charAt(i)) >= 0) {
        int start = Math.max(0, i - WINDOW_MARGIN);
        int end = Math.min(text.length(), i + 1 + WINDOW_MARGIN);
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && start <= last[1]) {
          last[1] = end;
        } else {
          windows.add(new int[] {start, end});
        }
      }
    }
    return windows;
  }

  /** Runs {@code pattern} in each window, seeing the text around it for lookbehinds and word boundaries. */
  private static void scan(Pattern pattern, String text, List<int[]> windows, Consumer<Matcher> onMatch) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] window : windows) {
      m.region(window[0], window[1]);
      while (m.find()) {
        onMatch.accept(m);
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
    return String.format(Locale.ROOT, "--%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
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
