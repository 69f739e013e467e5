package org.sinoterm.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.RandomPieces;

/**
 * The date recognizer tries each pattern only at the starts its anchors give (word starts a pattern-specific
 * distance before a year or a month name, a duration word, a Chinese character before 年 or 月). This checks, on
 * random text made of date fragments and on the longest lead of each pattern, that those starts miss no match: for
 * every pattern, trying it at the starts finds exactly what {@link Matcher#find()} finds over the whole text.
 */
class DateAnchorsTest {

  private record Anchored(Pattern pattern, Function<String, int[]> starts) {
  }

  /** The Chinese patterns' starts, durations' and dates' alike. */
  private static final Function<String, int[]> CHINESE = DateRecognizer::chineseStarts;

  /** The English patterns with their anchors as the recognizer pairs them, the durations and the Chinese ones. */
  private static final List<Anchored> PATTERNS = patterns();

  private static List<Anchored> patterns() {
    List<Anchored> patterns = new ArrayList<>();
    for (DateRecognizer.Anchored english : DateRecognizer.ENGLISH) {
      patterns.add(new Anchored(english.pattern(), t -> english.starts(t, DateRecognizer.yearAnchors(t),
          DateRecognizer.monthAnchors(t, DateRecognizer.anchorWordStarts(t)))));
    }
    patterns.add(new Anchored(DateRecognizer.DURATION,
        t -> DateRecognizer.durationStarts(t, DateRecognizer.anchorWordStarts(t))));
    for (DateRecognizer.ChineseAnchored chinese : DateRecognizer.CHINESE) {
      patterns.add(new Anchored(chinese.pattern(), t -> chinese.starts(t, CHINESE.apply(t))));
    }
    return patterns;
  }

  /** Pieces that make dates, near-dates and the text around them, in both languages. */
  private static final String[] PIECES = {"December", "Dec.", "dec", "Sept", "May", "march", "JANUARY", "April", "28", "28th",
      "1st", "2nd", "4th", "fourth", "Q1", "H1", "3", "2021", "2025", "1999", "20", "21", "12021", "2021H1", "H2", "1H", "Q3", "first", "second", "third",
      "half of", "quarter of", "between", "Between", "FROM", "from", "and", "to", "-", "–", "~", "through", "until", "onwards", "and beyond", "ONWARD",
      "next", "past", "coming", "following", "five", "twenty-five", "years", "months", "decades", "day", ",", ".", "/",
      " ", " ", " ", "\n", "$", "%", "mid-", "2021-12-28", "2021/3/5", "2021.3.5", "年", "月", "日", "号", "份", "季度", "上半年",
      "下半年", "第", "二〇二一", "十二", "二十八", "至", "到", "今年", "去年", "未来", "近", "过去", "最近", "个月", "天",
      "度", "一", "四", "十", "两", "个", "发布", "规划", "the", "In", "by", "Made in China"};

  @Test
  void everyLeadIsWideEnough() {
    String text = "In the second quarter of 2022, the fourth quarter of 2021 and the 1st quarter of 2020; in the "
        + "second half of 2021 and the 1st half of 2019; between 2010 and 2020, from 2011 to 2019; on 28th December "
        + "2021, 5 December, 1st Jan. 2022; H12021, H1 2021, 1H 2021, 2021H2, Q32021, Q3 2021, 2021 Q4; 2023 "
        + "onwards; 2021-12-28; 2021-2025; December 28 - January 5; December 28, 2021; September 2021; in September.";
    for (Anchored anchored : PATTERNS) {
      List<String> expected = found(anchored.pattern(), text);
      assertEquals(expected, anchored(anchored, text), () -> anchored.pattern().toString());
    }
    for (DateRecognizer.Anchored english : DateRecognizer.ENGLISH) {
      assertTrue(!found(english.pattern(), text).isEmpty(), () -> english.pattern() + " matches nothing here");
    }
  }

  /** Chinese dates with each pattern's anchor as far from its start as the pattern allows. */
  @Test
  void everyChineseAnchorIsWideEnough() {
    String text = "今年第四季度，明年下半年，第三季度，上半年；二〇二一 年 十二 月 二十八 日，2021 年 12 月；2021 年 ~ 2025 年，"
        + "二〇二一年至二〇二五年；二十八月二十日，十二月份；2021 年 3 月 - 5 月；2021 年 第4季度，2021 年 上半年；"
        + "最近两个月，今后三年，过去十天；2021 年度；2021年四季度，2021年上半年，2021年3月5日，2021年3月-5月，2021 年 二十一 月 ~ 二十二 月。";
    for (Anchored anchored : PATTERNS) {
      assertEquals(found(anchored.pattern(), text), anchored(anchored, text), () -> anchored.pattern().toString());
    }
    for (DateRecognizer.ChineseAnchored chinese : DateRecognizer.CHINESE) {
      assertTrue(!found(chinese.pattern(), text).isEmpty(), () -> chinese.pattern() + " matches nothing here");
    }
  }

  /** Pieces of Chinese dates, near-dates and the text around them, mostly joined without spaces. */
  private static final String[] CHINESE_PIECES = {"年", "月", "日", "号", "份", "度", "季度", "半年", "上", "下", "第",
      "今年", "去年", "明年", "未来", "今后", "近", "过去", "最近", "个月", "天", "两", "一", "二", "三", "四", "十",
      "二十八", "〇", "二〇二一", "2021", "12", "3", "至", "到", "-", "~", " ", "，", "发布"};

  @Test
  void chineseStartsMissNoMatchOfAnyPattern() {
    Random random = new Random(20261209L);
    for (int round = 0; round < 5000; round++) {
      assertStartsFindAll(RandomPieces.join(random, CHINESE_PIECES, 1, 20, false));
    }
  }

  @Test
  void startsMissNoMatchOfAnyPattern() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 3000; round++) {
      assertStartsFindAll(RandomPieces.join(random, PIECES, 1, 40, true));
    }
  }

  /** Every pattern, tried at its starts, finds what {@link Matcher#find()} finds in the whole text. */
  private static void assertStartsFindAll(String input) {
    for (Anchored anchored : PATTERNS) {
      assertEquals(found(anchored.pattern(), input), anchored(anchored, input),
          () -> anchored.pattern() + " on \"" + input + "\"");
    }
  }

  /** Pieces of date labels, near-labels and what stands around them. */
  private static final String[] LABEL_PIECES = {"Date", "DATE", "date", "Published", "发布日期", "发文日期", "成文日期",
      "日期", "发布", "布日期", ":", ":", " ", " ", "\t", "\n", "*", "**", "_", ">", "-", "10:30, ", "9:05 ", "x",
      "2021-12-28", "Note", "> **Date**:"};

  @Test
  void labelStartsMissNoDateLabel() {
    Random random = new Random(20261208L);
    for (int round = 0; round < 5000; round++) {
      String input = RandomPieces.join(random, LABEL_PIECES, 1, 16, false);
      assertEquals(found(DateRecognizer.DATE_LABEL, input), labels(input), () -> "\"" + input + "\"");
    }
    String page = "Title\n> **Date**: 2021-12-28\n发布日期:2022-01-05 成文日期: 10:30, 2021-12-30\nNote: none";
    assertEquals(List.of("6-18", "29-34", "45-58"), labels(page));
  }

  private static List<String> labels(String text) {
    List<String> matches = new ArrayList<>();
    DateRecognizer.scan(DateRecognizer.DATE_LABEL, text, DateRecognizer.labelStarts(text),
        m -> matches.add(m.start() + "-" + m.end()));
    return matches;
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> matches = new ArrayList<>();
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      matches.add(m.start() + "-" + m.end());
    }
    return matches;
  }

  private static List<String> anchored(Anchored anchored, String text) {
    List<String> matches = new ArrayList<>();
    DateRecognizer.scan(anchored.pattern(), text, anchored.starts().apply(text),
        m -> matches.add(m.start() + "-" + m.end()));
    return matches;
  }

  /** The ISO values are zero-padded as {@code %0Nd} pads them. */
  @Test
  void paddedIsWhatTheFormatterWrites() {
    for (int value = 0; value < 12_000; value++) {
      for (int width : new int[] {2, 4}) {
        assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), DateRecognizer.padded(value, width));
      }
    }
  }
}
