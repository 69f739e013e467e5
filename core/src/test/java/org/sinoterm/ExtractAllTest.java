package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Extractor#extractAll}: the extractions of {@link Extractor#extract} on each text, read in batches. */
class ExtractAllTest {

  private static final Extractor EXTRACTOR = Sinoterm.extractor();

  /** Passages with every entity type, links, a Date: line, Chinese, and an empty text. */
  private static final List<String> PASSAGES = List.of(
      "Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《“十四五”医疗装备产业发展规划》的通知)\n"
          + "Issuing bodies: MIIT; NHC; NDRC; MOST\nThe plan expects six to eight industrial clusters by 2025.",
      "Date: December 28, 2021\nThe ministry will look at the list again on March 3.",
      "On March 3 the regulator put out a draft for comment.",
      "工业和信息化部等部门于2021年12月28日印发规划，到2025年产值达到1.3万亿元。",
      "The Ministry of Industry and Information Technology (MIIT) counted 492 robots per 10,000 employees.",
      "",
      "Hospitals listed ECMO (extracorporeal membrane oxygenation) and PET-CT scanners; CNY 1.3 trillion is planned.",
      "The transportation superpower (交通强国) strategy runs from 2021 to 2035.");

  @Test
  void givesTheExtractionsOfOneTextAtATime() {
    List<String> texts = new ArrayList<>();
    Random random = new Random(20261207);
    for (int i = 0; i < 1100; i++) { // more than one batch of texts
      texts.add(i % 3 == 0 ? PASSAGES.get(i / 3 % PASSAGES.size())
          : ExtractorInvariantsTest.randomText(random, random.nextInt(30)));
    }
    List<Extraction> together = EXTRACTOR.extractAll(texts);
    assertEquals(texts.size(), together.size());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(EXTRACTOR.extract(texts.get(i)), together.get(i), texts.get(i));
    }
  }

  /** A Date: line dates its own text only: the next text's "March 3" stays without a year. */
  @Test
  void aTextsReferenceDateStaysInIt() {
    List<Extraction> together = EXTRACTOR.extractAll(PASSAGES.subList(1, 3));
    assertTrue(values(together.get(0)).contains("2022-03-03"), together.get(0)::toString);
    assertTrue(values(together.get(1)).contains("--03-03"), together.get(1)::toString);
  }

  @Test
  void givesTheExtractionsOfOneTextAtATimeOnADate() {
    LocalDate date = LocalDate.of(2021, 4, 1);
    List<Extraction> together = EXTRACTOR.extractAll(PASSAGES, date);
    for (int i = 0; i < PASSAGES.size(); i++) {
      assertEquals(EXTRACTOR.extract(PASSAGES.get(i), date), together.get(i));
    }
    assertTrue(values(together.get(2)).contains("2021-03-03"), together.get(2)::toString);
  }

  @Test
  void aBatchEndsAtItsTextOrCharacterLimit() {
    List<String> texts = List.of("aaaa", "bb", "cccccc", "d", "eeeeeeeeeeee", "f");
    assertEquals(2, DefaultExtractor.batchEnd(texts, 0, 2, 100)); // two texts at most
    assertEquals(2, DefaultExtractor.batchEnd(texts, 0, 10, 6)); // 4 + 2 characters fill it
    assertEquals(1, DefaultExtractor.batchEnd(texts, 0, 10, 5)); // the first text is read whatever its length
    assertEquals(4, DefaultExtractor.batchEnd(texts, 2, 10, 7));
    assertEquals(5, DefaultExtractor.batchEnd(texts, 4, 10, 5)); // longer than the limit: alone
    assertEquals(6, DefaultExtractor.batchEnd(texts, 5, 10, 5)); // the last text
    assertEquals(6, DefaultExtractor.batchEnd(texts, 0, 10, 100));
  }

  @Test
  void emptyListGivesNoExtractions() {
    assertEquals(List.of(), EXTRACTOR.extractAll(List.of()));
  }

  @Test
  void resultIsUnmodifiable() {
    List<Extraction> together = EXTRACTOR.extractAll(List.of("MIIT"));
    assertThrows(UnsupportedOperationException.class, () -> together.add(together.get(0)));
  }

  @Test
  void nullTextsAreNamed() {
    NullPointerException list = assertThrows(NullPointerException.class, () -> EXTRACTOR.extractAll(null));
    assertEquals("texts", list.getMessage());
    NullPointerException text = assertThrows(NullPointerException.class,
        () -> EXTRACTOR.extractAll(Arrays.asList("MIIT", "NDRC", null)));
    assertEquals("texts[2]", text.getMessage());
  }

  /** The interface's own method, for other implementations: {@code extract} on each text, in order. */
  @Test
  void defaultMethodExtractsEachTextInOrder() {
    List<String> seen = new ArrayList<>();
    Extractor recording = new Extractor() {
      @Override
      public Extraction extract(CharSequence text) {
        return extract(text, null);
      }

      @Override
      public Extraction extract(CharSequence text, LocalDate documentDate) {
        seen.add(text + "@" + documentDate);
        return EXTRACTOR.extract(text, documentDate);
      }

      @Override
      public Set<EntityType> types() {
        return EXTRACTOR.types();
      }
    };
    LocalDate date = LocalDate.of(2022, 1, 5);
    List<Extraction> together = recording.extractAll(PASSAGES.subList(0, 3), date);
    assertEquals(List.of(PASSAGES.get(0) + "@2022-01-05", PASSAGES.get(1) + "@2022-01-05",
        PASSAGES.get(2) + "@2022-01-05"), seen);
    assertEquals(EXTRACTOR.extract(PASSAGES.get(1), date), together.get(1));
    assertThrows(UnsupportedOperationException.class, () -> together.remove(0));
    NullPointerException text = assertThrows(NullPointerException.class,
        () -> recording.extractAll(Arrays.asList("MIIT", null)));
    assertEquals("texts[1]", text.getMessage());
    assertEquals(3, seen.size()); // nothing read when a text is null
  }

  private static List<String> values(Extraction extraction) {
    return extraction.entities().stream().filter(e -> e.type() == EntityType.DATE)
        .map(e -> String.valueOf(((TimeValue) e.normalized()).value())).toList();
  }
}
