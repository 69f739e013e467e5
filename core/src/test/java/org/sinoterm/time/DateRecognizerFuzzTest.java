package org.sinoterm.time;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.EntityType;
import org.sinoterm.FuzzInput;
import org.sinoterm.TimeValue;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.quantity.UnitDictionary;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.TextNormalizer;

/**
 * Fuzzes the date recognizer, with and without a document date: every date it proposes lies inside the text and
 * is valid ISO 8601 — a real calendar day ({@code 2021-02-30} is not one), month, year, half, quarter, month or
 * day without a year ({@code --03}, {@code --12-28}) or duration,
 * and an interval that does not end before it starts.
 */
class DateRecognizerFuzzTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final DateRecognizer DATES = new DateRecognizer(UnitDictionary.load(BundledDictionaries.units(),
      List.of()));
  private static final LocalDate DOCUMENT_DATE = LocalDate.of(2022, 1, 5);
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{4})-(H[12]|Q[1-4])|--(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern DURATION = Pattern.compile("P\\d+[YMWD]");

  @FuzzTest(maxDuration = "3m")
  void dates(byte[] bytes) {
    String input = FuzzInput.text(bytes);
    NormalizedText text = NORMALIZER.normalize(input);
    for (LocalDate date : new LocalDate[] {null, DOCUMENT_DATE}) {
      Mentions mentions = new Mentions();
      FuzzInput.withinBudget(input.length(), () -> {
        DATES.recognize(new Document(text, date), mentions);
        return null;
      });
      for (Mention mention : mentions.of(EntityType.DATE)) {
        assertTrue(mention.start() >= 0 && mention.end() <= text.length() && mention.start() < mention.end(),
            () -> mention + " out of bounds");
        TimeValue value = (TimeValue) mention.value();
        assertNotNull(value);
        check(value.value());
        check(value.start());
        check(value.end());
        if (value.start() != null && value.end() != null) {
          assertTrue(value.start().compareTo(value.end()) <= 0, () -> "interval ends before it starts: " + value);
        }
        if (value.duration() != null) {
          assertTrue(DURATION.matcher(value.duration()).matches(), () -> "not a duration: " + value);
        }
      }
    }
  }

  private static void check(String iso) {
    if (iso == null) {
      return;
    }
    Matcher m = ISO.matcher(iso);
    assertTrue(m.matches(), () -> "not ISO 8601: " + iso);
    if (m.group(2) != null) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))); // throws if bad
      if (m.group(3) != null) {
        assertTrue(month.isValidDay(Integer.parseInt(m.group(3))), () -> "no such day: " + iso);
      }
    }
    if (m.group(6) != null) {
      YearMonth month = YearMonth.of(2000, Integer.parseInt(m.group(6))); // a leap year: --02-29 exists
      assertTrue(m.group(7) == null || month.isValidDay(Integer.parseInt(m.group(7))), () -> "no such day: " + iso);
    }
  }
}
