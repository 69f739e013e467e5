package org.sinoterm.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;
import org.sinoterm.TimeValue;

/**
 * Golden cases for dates. Each row gives an input, the document date given to the extractor (empty for none) and
 * every DATE expected, in order, as {@code surface=value}: an ISO value, {@code start/end} for an interval
 * ({@code 2023/} when open), or a duration such as {@code P5Y}. Surfaces are looked up one after the other, so
 * offsets are checked too.
 */
class DateRecognizerTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.DATE).build();

  static String describe(TimeValue value) {
    if (value.value() != null) {
      return value.value();
    }
    if (value.duration() != null) {
      return value.duration();
    }
    return (value.start() == null ? "" : value.start()) + "/" + (value.end() == null ? "" : value.end());
  }

  private static List<String> actual(String input, LocalDate date) {
    List<String> result = new ArrayList<>();
    for (Entity e : EXTRACTOR.extract(input, date).entities(EntityType.DATE)) {
      result.add(e.text() + "@" + e.start() + "=" + describe(e.normalized(TimeValue.class)));
    }
    return result;
  }

  private static List<String> expected(String input, String expected) {
    List<String> result = new ArrayList<>();
    if (expected == null || expected.isBlank()) {
      return result;
    }
    int from = 0;
    for (String item : expected.split(";")) {
      String trimmed = item.strip();
      int eq = trimmed.lastIndexOf('=');
      String surface = trimmed.substring(0, eq);
      int at = input.indexOf(surface, from);
      int after = from;
      assertTrue(at >= 0, () -> "the table is wrong: '" + surface + "' is not in the input after " + after);
      result.add(surface + "@" + at + "=" + trimmed.substring(eq + 1));
      from = at + 1;
    }
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Date: December 28, 2021                                   |            | December 28, 2021=2021-12-28
      signed on 28 December 2021 and on 2021-12-28               |            | 28 December 2021=2021-12-28; 2021-12-28=2021-12-28
      released in January 2022, a goal for 2025, done in 2030    |            | January 2022=2022-01; 2025=2025; 2030=2030
      share fell (2010-2020); the plan (2018 – 2020)             |            | 2010-2020=2010/2020; 2018 – 2020=2018/2020
      the Action Plan (2021-2025) and the 2021-25 period         |            | 2021-2025=2021/2025; 2021-25=2021/2025
      Between 2010 and 2018 it grew; from 2023 onwards it slows   |            | Between 2010 and 2018=2010/2018; 2023 onwards=2023/
      by the first half of 2021, in Q3 2022 and H1 2021          |            | first half of 2021=2021-H1; Q3 2022=2022-Q3; H1 2021=2021-H1
      the third quarter of 2022 and 2022 Q4                      |            | third quarter of 2022=2022-Q3; 2022 Q4=2022-Q4
      over the next five years and the past two decades         |            | next five years=P5Y; past two decades=P20Y
      over the next 15 years, the coming 6 months                |            | next 15 years=P15Y; coming 6 months=P6M
      On Dec. 28 the MIIT met                                    |            | Dec. 28=--12-28
      On Dec. 28 the MIIT met                                    | 2022-01-05 | Dec. 28=2021-12-28
      In September a new exchange opened                         | 2022-01-13 | September=2021-09
      Demand has soared since March                              | 2021-01-26 | March=2020-03
      It was released in mid-2021                                |            | 2021=2021
      REPORTING PERIOD: DECEMBER 28 - JANUARY 25                 | 2022-02-01 | DECEMBER 28 - JANUARY 25=2021-12-28/2022-01-25
      2021年12月28日发布，2021年12月实施                          |            | 2021年12月28日=2021-12-28; 2021年12月=2021-12
      二〇二一年十二月二十八日                                   |            | 二〇二一年十二月二十八日=2021-12-28
      到2025年前，2021年度，2021—2025年，2021年至2025年          |            | 2025年=2025; 2021年度=2021; 2021—2025年=2021/2025; 2021年至2025年=2021/2025
      （2022—2025年）行动计划                                     |            | 2022—2025年=2022/2025
      2021年上半年、2022年一季度、2022年第三季度                  |            | 2021年上半年=2021-H1; 2022年一季度=2022-Q1; 2022年第三季度=2022-Q3
      一季度和四季度，今年上半年                                  | 2022-02-15 | 一季度=2022-Q1; 四季度=2021-Q4; 今年上半年=2022-H1
      一季度增长                                                  |            |
      12月28日，工信部发布                                        | 2022-01-10 | 12月28日=2021-12-28
      未来五年，今后3年                                           |            | 未来五年=P5Y; 今后3年=P3Y
      the 2020 World Internet Conference and April 2019          |            | 2020=2020; April 2019=2019-04
      活动时间为2022年6月至12月                                    |            | 2022年6月至12月=2022-06/2022-12
      a December plan promised more                              | 2022-01-13 | December=2021-12
      """)
  void goldenCases(String input, String documentDate, String expected) {
    LocalDate date = documentDate == null ? null : LocalDate.parse(documentDate);
    assertEquals(expected(input, expected), actual(input, date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Made in China 2025 and Healthy China 2030
      CNY 2000 or 2025 tonnes, more than 2000 of them
      the 14th Five-Year Plan and a three-year plan
      you may march on; in may be
      COVID-2019 and 5G
      国办发〔2021〕5号
      """)
  void notDates(String input) {
    assertEquals(List.of(), actual(input, null), input);
  }

  /**
   * Without a document date, a date without a year takes the year of its MERICS block: the {@code Date:} line that
   * closes the block, or the last one before it when none follows.
   */
  @Test
  void theDateLineOfTheBlockGivesTheYear() {
    String brief = String.join("\n",
        "### 3. Robotics plan",
        "**At a glance:** On December 28, the MIIT and 14 other bodies released a plan.",
        "**Date:** December 28, 2021",
        "### 4. Another plan",
        "On January 4, three ministries followed.",
        "**Date:** January 21, 2022",
        "## NOTEWORTHY",
        "- *December 31:* CNIPA published a plan",
        "- *January 7:* the CAAC followed");
    List<String> dates = actual(brief, null);
    assertEquals(List.of(
        "December 28@" + brief.indexOf("December 28,") + "=2021-12-28",
        "December 28, 2021@" + brief.indexOf("December 28, 2021") + "=2021-12-28",
        "January 4@" + brief.indexOf("January 4") + "=2022-01-04",
        "January 21, 2022@" + brief.indexOf("January 21, 2022") + "=2022-01-21",
        "December 31@" + brief.indexOf("December 31") + "=2021-12-31",
        "January 7@" + brief.indexOf("January 7") + "=2022-01-07"), dates);
  }

  /** The signature date of a Chinese notice, on a line of its own, dates the notice like a Date: line. */
  @Test
  void theSignatureDateOfANoticeGivesTheYear() {
    String notice = "请于5月20日前报送活动方案。\n\n工业和信息化部办公厅\n2022年5月31日";
    assertEquals("5月20日@2=2022-05-20", actual(notice, null).get(0));
  }

  @Test
  void theCallersDateWinsOverTheDateLine() {
    String text = "On March 3 it began.\nDate: December 28, 2021";
    assertEquals("2021-03-03", EXTRACTOR.extract(text, LocalDate.of(2021, 4, 1)).entities().get(0)
        .normalized(TimeValue.class).value());
    assertEquals("2022-03-03", EXTRACTOR.extract(text).entities().get(0).normalized(TimeValue.class).value());
  }

  @Test
  void aDateThatOpensTheDocumentGivesTheYear() {
    String text = "FEBRUARY 1, 2022 (REPORTING PERIOD: DECEMBER 28 - JANUARY 25)\nOn January 12 it happened.";
    List<String> dates = actual(text, null);
    assertEquals("DECEMBER 28 - JANUARY 25@36=2021-12-28/2022-01-25", dates.get(1));
    assertEquals("January 12@" + text.indexOf("January 12") + "=2022-01-12", dates.get(2));
  }

  @Test
  void nearestAndLatest() {
    assertEquals(LocalDate.of(2021, 12, 28), DateRecognizer.nearest(MonthDay.of(12, 28), LocalDate.of(2022, 1, 5)));
    assertEquals(LocalDate.of(2022, 1, 25), DateRecognizer.nearest(MonthDay.of(1, 25), LocalDate.of(2021, 12, 28)));
    assertEquals(LocalDate.of(2020, 2, 29), DateRecognizer.nearest(MonthDay.of(2, 29), LocalDate.of(2021, 6, 1)));
    assertEquals(LocalDate.of(2020, 3, 1), DateRecognizer.latest(MonthDay.of(3, 1), LocalDate.of(2021, 1, 26)));
    assertEquals(2021, DateRecognizer.periodYear(null, false, 4, LocalDate.of(2022, 2, 15)));
    assertEquals(2021, DateRecognizer.periodYear("去年", true, 1, LocalDate.of(2022, 2, 15)));
  }

  /** 31 February and month 13 are not dates; they never throw. */
  @Test
  void impossibleDatesAreDropped() {
    assertEquals(List.of(), actual("on February 31 and 2021年13月45日", LocalDate.of(2022, 1, 1)).stream()
        .filter(d -> d.startsWith("February") || d.contains("13月")).toList());
  }

  /**
   * Found by fuzzing: a Chinese year outside 1800–2199 (0999年) was read as year -1, and its date, and every date
   * it then dated, came out as -0001-12-28. Such a year is no year; the day and month still read without one.
   */
  @Test
  void aChineseYearOutOfRangeIsNoYear() {
    for (LocalDate date : new LocalDate[] {null, LocalDate.of(2022, 1, 5)}) {
      for (Entity e : EXTRACTOR.extract("发布日期：0999年12月28日\n12月28日印发", date).entities(EntityType.DATE)) {
        TimeValue value = e.normalized(TimeValue.class);
        assertTrue(value.value() == null || !value.value().startsWith("-0"), value::toString);
      }
    }
  }

  /** Many Date: lines and many dates without a year: each date finds its block's line by binary search. */
  @Test
  void eachBlockDatesItsOwnDates() {
    StringBuilder text = new StringBuilder();
    for (int year = 2001; year <= 2020; year++) {
      text.append("On December 28 the plan was out.\nDate: ").append(year).append("-01-05\n");
    }
    List<Entity> dates = EXTRACTOR.extract(text.toString()).entities(EntityType.DATE);
    int year = 2000;
    for (Entity e : dates) {
      if (e.text().equals("December 28")) {
        assertEquals(year + "-12-28", e.normalized(TimeValue.class).value(), e::toString);
        year++;
      }
    }
    assertEquals(2020, year);
  }
}
