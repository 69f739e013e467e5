package org.sinoterm.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The date recognizer tries each pattern only at the starts its anchors give (a year, a month name, a duration
 * word, a Chinese 年 or 月). This checks, on random text made of date fragments, that those starts miss no match:
 * for every pattern, trying it at the starts finds exactly what {@link Matcher#find()} finds over the whole text.
 */
class DateAnchorsTest {

  private record Anchored(Pattern pattern, Function<String, int[]> starts) {
  }

  private static final List<Anchored> PATTERNS = List.of(
      new Anchored(DateRecognizer.MONTH_DAY_YEAR, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.DAY_MONTH_YEAR, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.MONTH_DAY, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.DAY_MONTH, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.MONTH_DAY_RANGE, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.MONTH_YEAR, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.BARE_MONTH, DateRecognizer::monthStarts),
      new Anchored(DateRecognizer.ISO_DATE, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.YEAR_RANGE, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.BETWEEN_YEARS, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.YEAR_ONWARDS, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.HALF, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.HALF_SHORT, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.QUARTER, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.QUARTER_SHORT, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.BARE_YEAR, DateRecognizer::yearStarts),
      new Anchored(DateRecognizer.DURATION, DateRecognizer::durationStarts),
      new Anchored(DateRecognizer.CN_DATE, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_MONTH, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_MONTH_DAY, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_BARE_MONTH, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_MONTH_RANGE, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_RANGE, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_HALF, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_QUARTER, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_BARE_PERIOD, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_YEAR_ONLY, t -> DateRecognizer.chineseStarts(t, "年月季半")),
      new Anchored(DateRecognizer.CN_DURATION, t -> DateRecognizer.chineseStarts(t, "年月天")));

  /** Pieces that make dates, near-dates and the text around them, in both languages. */
  private static final String[] PIECES = {"December", "Dec.", "dec", "Sept", "May", "march", "JANUARY", "28", "28th",
      "1st", "3", "2021", "2025", "1999", "20", "21", "12021", "2021H1", "H2", "1H", "Q3", "first", "second", "third",
      "half of", "quarter of", "between", "from", "and", "to", "-", "–", "~", "through", "onwards", "and beyond",
      "next", "past", "coming", "following", "five", "twenty-five", "years", "months", "decades", "day", ",", ".", "/",
      " ", " ", " ", "\n", "$", "%", "mid-", "2021-12-28", "2021/3/5", "年", "月", "日", "号", "份", "季度", "上半年",
      "下半年", "第", "二〇二一", "十二", "二十八", "至", "到", "今年", "去年", "未来", "近", "过去", "最近", "个月", "天",
      "度", "一", "四", "十", "两", "个", "发布", "规划", "the", "In", "by", "Made in China"};

  @Test
  void startsMissNoMatchOfAnyPattern() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      String input = text.toString();
      for (Anchored anchored : PATTERNS) {
        assertEquals(found(anchored.pattern(), input), anchored(anchored, input),
            () -> anchored.pattern() + " on \"" + input + "\"");
      }
    }
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
}
