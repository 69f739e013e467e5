package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile text made of the pieces quantities and dates are written with, through the whole extractor:
 * every invariant of {@link ExtractorInvariantsTest} holds, with and without a document date, and long runs of
 * numerals (which the scanners read with bounded look-ahead) still give an answer.
 */
class NumberTextInvariantsTest {

  private static final String[] PIECES = {
    "1", "2", "0", "9", "2021", "2025", "1,100", "1.3", ".", ",", "-", "–", "~", "/", "%", "％", "$", "US$", "CNY ",
    "€", " ", " ", "\n", "(", ")", "to ", " and ", "between ", "from ", "over ", "at least ", "up to ", "nearly ",
    "six", "twenty-five", "a dozen ", "million", " billion", " trillion", "bn", "m", " percent", " GWh", "kWh",
    " per ", "10,000 ", "employees", "robots ", "firms", "year-on-year", " annually", "or more", "Five-Year", "14th",
    "5G", "December ", "Dec. ", "28", ", ", "January", "first half of ", "Q3 ", "H1", "next ", "five years",
    "Date: ", "**Date:** ", "万", "亿", "千", "百", "十", "一", "两", "三", "八", "〇", "零", "几", "多", "余", "点",
    "元", "家", "个", "部门", "千瓦", "千瓦时", "百分之", "至", "到", "以上", "以下", "左右", "约", "近", "超过",
    "不少于", "增长", "同比", "下降", "年", "月", "日", "季度", "上半年", "第", "未来", "—", "\u200B", "\uD800", "é",
  };

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.QUANTITY, EntityType.DATE,
      EntityType.AGENCY).build();

  @Test
  void randomNumberTextKeepsEveryInvariant() {
    Random random = new Random(20261202);
    for (int round = 0; round < 1500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      LocalDate date = random.nextBoolean() ? null : LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      Extraction first = EXTRACTOR.extract(input, date);
      ExtractorInvariantsTest.checkInvariants(input, first);
      assertEquals(first, EXTRACTOR.extract(input, date), () -> "not deterministic: " + input);
    }
  }

  @Test
  void longRunsOfNumeralsGiveAnAnswer() {
    for (String unit : new String[] {"1", "一", "9,", "1.", "万", "十", "百分之", "2021-", "六至", "多", "1 to ",
        "Dec. 28 - ", "over "}) {
      String input = unit.repeat(3_000) + "元";
      Extraction extraction = EXTRACTOR.extract(input);
      ExtractorInvariantsTest.checkInvariants(input, extraction);
      for (Entity entity : extraction.entities()) {
        assertTrue(entity.end() - entity.start() < 200, () -> "an entity of " + entity.text().length() + " chars");
      }
    }
  }
}
