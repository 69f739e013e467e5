package org.sinoterm.time;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.EntityType;
import org.sinoterm.TimeValue;
import org.sinoterm.quantity.ChineseNumber;
import org.sinoterm.quantity.EnglishNumber;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;

/**
 * Finds dates and normalizes them to ISO 8601.
 *
 * <ul>
 *   <li>English: "December 28, 2021", "28 December 2021", "Dec. 28", "January 2022", "2021-12-28", a year
 *       ("by 2025" → 2025), "2010-2020", "2018 – 2020", "between 2010 and 2018", "2023 onwards", "the first half of
 *       2021" (2021-H1), "H1 2021", "Q3 2022", "the third quarter of 2022" (2022-Q3), "the next five years"
 *       (P5Y).</li>
 *   <li>Chinese: 2021年12月28日, 2021年12月, 2021年, 2021年度, 二〇二一年, 2021—2025年, 2021年至2025年,
 *       2021年上半年 (2021-H1), 2022年一季度 (2022-Q1), 12月28日.</li>
 * </ul>
 *
 * <p>A date without a year takes the year that puts it nearest to the reference date: the document date given to
 * the extractor, else the nearest {@code Date:} (or {@code Published:}, 发布日期) line of the text; with neither it
 * stays partial, {@code --12-28}. Every pattern is bounded, so the work per candidate is constant.
 */
public final class DateRecognizer implements Recognizer {

  static final String RULE = "date";

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + ",? " + YEAR
      + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + ",? " + YEAR
      + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + " " + DAY + "\\b");
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b" + DAY + " " + MONTH + "(?![a-z])");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + ",? " + YEAR + "\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
  private static final Pattern YEAR_RANGE = Pattern.compile("\\b" + YEAR + " ?(?:-|~|to|through|until) ?" + YEAR
      + "\\b");
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
  private static final Pattern DURATION = Pattern.compile("(?i)\\b(next|coming|past|last|following) ([a-z-]+(?: [a-z-]+)?"
      + "|\\d{1,3}) (years|months|weeks|days|decades|year|month|week|day|decade)\\b");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,$€£¥#/-])\\b" + YEAR + "\\b(?![\\d%]|[.,]\\d)");

  private static final String CN_YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
  private static final String CN_SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
  private static final Pattern CN_DATE = Pattern.compile(CN_YEAR + "年" + CN_SMALL + "月" + CN_SMALL + "[日号]");
  private static final Pattern CN_MONTH = Pattern.compile(CN_YEAR + "年" + CN_SMALL + "月份?");
  private static final Pattern CN_MONTH_DAY = Pattern.compile("(?<![年\\d])" + CN_SMALL + "月" + CN_SMALL + "[日号]");
  private static final Pattern CN_RANGE = Pattern.compile(CN_YEAR + "年? ?(?:-|~|至|到) ?" + CN_YEAR + "年");
  private static final Pattern CN_HALF = Pattern.compile(CN_YEAR + "年([上下])半年");
  private static final Pattern CN_QUARTER = Pattern.compile(CN_YEAR + "年第?([一二三四1-4])季度");
  private static final Pattern CN_YEAR_ONLY = Pattern.compile("(?<![\\d])" + CN_YEAR + "年度?");

  /** Lines that give the date of a document or a block: "Date: December 28, 2021", "**Date:** …", 发布日期：… */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?im)^[ \\t*_>-]*(?:date|published|发布日期|发文日期|成文日期)[ \\t*_]*:[ \\t*_]*");

  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
      "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

  /** Creates the recognizer; it holds no data. */
  public DateRecognizer() {
  }

  /**
   * A date found before resolution, in normalized offsets: either its value, or (for a date without a year) its
   * month and day.
   */
  private record Found(int start, int end, TimeValue value, MonthDay partial, double confidence) {
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    String text = document.text().text();
    List<Found> found = new ArrayList<>();
    if (hasDigitOrNumeral(text)) {
      findEnglish(text, found);
      findChinese(text, found);
    }
    findDurations(text, found);
    if (found.isEmpty()) {
      return;
    }
    List<int[]> dateLines = dateLines(text, found);
    for (Found date : found) {
      TimeValue value = date.value();
      if (date.partial() != null) {
        LocalDate reference = document.date() != null ? document.date() : nearestDateLine(dateLines, found, date);
        value = TimeValue.of(reference == null ? String.format(Locale.ROOT, "--%02d-%02d",
            date.partial().getMonthValue(), date.partial().getDayOfMonth()) : nearest(date.partial(), reference));
      }
      mentions.add(new Mention(EntityType.DATE, date.start(), date.end(), value, date.confidence(), RULE));
    }
  }

  private static boolean hasDigitOrNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '年' || c == '月') {
        return true;
      }
    }
    return false;
  }

  private static void findEnglish(String text, List<Found> out) {
    for (Matcher m = MONTH_DAY_YEAR.matcher(text); m.find(); ) {
      if (isMonthWord(m.group(1))) {
        add(out, m, date(year(m.group(3)), month(m.group(1)), day(m.group(2))), 0.97);
      }
    }
    for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
      if (isMonthWord(m.group(2))) {
        add(out, m, date(year(m.group(3)), month(m.group(2)), day(m.group(1))), 0.97);
      }
    }
    for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
      if (isMonthWord(m.group(1))) {
        addPartial(out, m, month(m.group(1)), day(m.group(2)));
      }
    }
    for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
      if (isMonthWord(m.group(2))) {
        addPartial(out, m, month(m.group(2)), day(m.group(1)));
      }
    }
    for (Matcher m = MONTH_YEAR.matcher(text); m.find(); ) {
      if (isMonthWord(m.group(1))) {
        out.add(new Found(m.start(), m.end(),
            TimeValue.of(String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)))), null, 0.95));
      }
    }
    for (Matcher m = ISO_DATE.matcher(text); m.find(); ) {
      add(out, m, date(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), 0.95);
    }
    for (Matcher m = YEAR_RANGE.matcher(text); m.find(); ) {
      addInterval(out, m.start(), m.end(), m.group(1), m.group(2));
    }
    for (Matcher m = BETWEEN_YEARS.matcher(text); m.find(); ) {
      addInterval(out, m.start(), m.end(), m.group(1), m.group(2));
    }
    for (Matcher m = YEAR_ONWARDS.matcher(text); m.find(); ) {
      out.add(new Found(m.start(), m.end(), TimeValue.interval(m.group(1), null), null, 0.9));
    }
    for (Matcher m = HALF.matcher(text); m.find(); ) {
      out.add(new Found(m.start(), m.end(), TimeValue.of(m.group(2) + "-H" + ORDINALS.get(
          m.group(1).toLowerCase(Locale.ROOT))), null, 0.95));
    }
    for (Matcher m = HALF_SHORT.matcher(text); m.find(); ) {
      String half = first(m.group(1), m.group(4), m.group(5));
      String year = first(m.group(2), m.group(3), m.group(6));
      out.add(new Found(m.start(), m.end(), TimeValue.of(year + "-H" + half), null, 0.93));
    }
    for (Matcher m = QUARTER.matcher(text); m.find(); ) {
      out.add(new Found(m.start(), m.end(), TimeValue.of(m.group(2) + "-Q" + ORDINALS.get(
          m.group(1).toLowerCase(Locale.ROOT))), null, 0.95));
    }
    for (Matcher m = QUARTER_SHORT.matcher(text); m.find(); ) {
      String quarter = first(m.group(1), m.group(4));
      String year = first(m.group(2), m.group(3));
      out.add(new Found(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), null, 0.93));
    }
    for (Matcher m = BARE_YEAR.matcher(text); m.find(); ) {
      if (isYearInContext(text, m.start(), m.end())) {
        out.add(new Found(m.start(), m.end(), TimeValue.of(m.group(1)), null, 0.9));
      }
    }
  }

  private static void findDurations(String text, List<Found> out) {
    if (text.indexOf(" next ") < 0 && text.indexOf(" coming ") < 0 && text.indexOf(" past ") < 0
        && text.indexOf(" last ") < 0 && text.indexOf(" following ") < 0 && text.indexOf("Next ") < 0) {
      return;
    }
    for (Matcher m = DURATION.matcher(text); m.find(); ) {
      BigDecimal count = m.group(2).chars().allMatch(Character::isDigit) ? new BigDecimal(m.group(2))
          : EnglishNumber.parse(List.of(m.group(2).split("[ ]")));
      if (count == null || count.scale() > 0 || count.signum() <= 0) {
        continue;
      }
      String unit = m.group(3).toLowerCase(Locale.ROOT);
      String iso;
      if (unit.startsWith("decade")) {
        iso = "P" + count.multiply(BigDecimal.TEN).toPlainString() + "Y";
      } else {
        iso = "P" + count.toPlainString() + Character.toUpperCase(unit.charAt(0));
      }
      out.add(new Found(m.start(), m.end(), TimeValue.duration(iso), null, 0.85));
    }
  }

  private static void findChinese(String text, List<Found> out) {
    if (text.indexOf('年') < 0 && text.indexOf('月') < 0) {
      return;
    }
    for (Matcher m = CN_DATE.matcher(text); m.find(); ) {
      add(out, m, date(chineseYear(m.group(1)), chineseSmall(m.group(2)), chineseSmall(m.group(3))), 0.97);
    }
    for (Matcher m = CN_MONTH.matcher(text); m.find(); ) {
      int year = chineseYear(m.group(1));
      int month = chineseSmall(m.group(2));
      if (year > 0 && month >= 1 && month <= 12) {
        out.add(new Found(m.start(), m.end(), TimeValue.of(String.format(Locale.ROOT, "%04d-%02d", year, month)),
            null, 0.95));
      }
    }
    for (Matcher m = CN_MONTH_DAY.matcher(text); m.find(); ) {
      addPartial(out, m, chineseSmall(m.group(1)), chineseSmall(m.group(2)));
    }
    for (Matcher m = CN_RANGE.matcher(text); m.find(); ) {
      int from = chineseYear(m.group(1));
      int to = chineseYear(m.group(2));
      if (from > 0 && to > from) {
        out.add(new Found(m.start(), m.end(), TimeValue.interval(Integer.toString(from), Integer.toString(to)), null,
            0.95));
      }
    }
    for (Matcher m = CN_HALF.matcher(text); m.find(); ) {
      int year = chineseYear(m.group(1));
      if (year > 0) {
        out.add(new Found(m.start(), m.end(), TimeValue.of(year + "-H" + (m.group(2).equals("上") ? 1 : 2)), null,
            0.95));
      }
    }
    for (Matcher m = CN_QUARTER.matcher(text); m.find(); ) {
      int year = chineseYear(m.group(1));
      int quarter = chineseSmall(m.group(2));
      if (year > 0 && quarter >= 1 && quarter <= 4) {
        out.add(new Found(m.start(), m.end(), TimeValue.of(year + "-Q" + quarter), null, 0.95));
      }
    }
    for (Matcher m = CN_YEAR_ONLY.matcher(text); m.find(); ) {
      int year = chineseYear(m.group(1));
      if (year > 0) {
        out.add(new Found(m.start(), m.end(), TimeValue.of(Integer.toString(year)), null, 0.93));
      }
    }
  }

  /**
   * A four-digit number from 1900 to 2099 is a year unless it is a quantity: followed by a percent sign or a unit
   * word, preceded by a currency sign, or part of a list of plain numbers.
   */
  private static boolean isYearInContext(String text, int start, int end) {
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    String after = text.substring(next, Math.min(text.length(), next + 12)).toLowerCase(Locale.ROOT);
    for (String unit : new String[] {"percent", "per cent", "yuan", "units", "people", "companies", "firms",
        "enterprises", "robots", "tonnes", "tons", "kwh", "mw", "gw"}) {
      if (after.startsWith(unit)) {
        return false;
      }
    }
    return !(start >= 4 && text.regionMatches(start - 4, "CNY ", 0, 4))
        && !(start >= 4 && text.regionMatches(start - 4, "USD ", 0, 4));
  }

  private static void add(List<Found> out, Matcher m, String isoDate, double confidence) {
    if (isoDate != null) {
      out.add(new Found(m.start(), m.end(), TimeValue.of(isoDate), null, confidence));
    }
  }

  private static void addPartial(List<Found> out, Matcher m, int month, int day) {
    try {
      out.add(new Found(m.start(), m.end(), null, MonthDay.of(month, day), 0.9));
    } catch (DateTimeException e) {
      // 31 February and the like: not a date
    }
  }

  private static void addInterval(List<Found> out, int start, int end, String from, String to) {
    if (Integer.parseInt(to) > Integer.parseInt(from)) {
      out.add(new Found(start, end, TimeValue.interval(from, to), null, 0.95));
    }
  }

  private static String date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
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

  /** A month, day or quarter number in Arabic or Chinese numerals. */
  private static int chineseSmall(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    BigDecimal value = ChineseNumber.parse(text);
    return value == null ? -1 : value.intValue();
  }

  /** The dates of Date: lines, as (line start, index into found). */
  private static List<int[]> dateLines(String text, List<Found> found) {
    List<int[]> lines = new ArrayList<>();
    Matcher label = DATE_LINE.matcher(text);
    while (label.find()) {
      for (int i = 0; i < found.size(); i++) {
        Found date = found.get(i);
        if (date.start() >= label.end() && date.start() <= label.end() + 2 && date.partial() == null
            && date.value().value() != null && date.value().value().length() == 10) {
          lines.add(new int[] {label.start(), i});
          break;
        }
      }
    }
    return lines;
  }

  private static LocalDate nearestDateLine(List<int[]> dateLines, List<Found> found, Found date) {
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int[] line : dateLines) {
      int distance = Math.abs(line[0] - date.start());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = LocalDate.parse(found.get(line[1]).value().value());
      }
    }
    return best;
  }

  /** The date with this month and day nearest to {@code reference}, as ISO text. */
  static String nearest(MonthDay monthDay, LocalDate reference) {
    LocalDate best = null;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
          < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = candidate;
      }
    }
    return best == null ? String.format(Locale.ROOT, "--%02d-%02d", monthDay.getMonthValue(),
        monthDay.getDayOfMonth()) : best.toString();
  }
}
