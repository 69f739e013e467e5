package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Random text built from the pieces every entity type is written with — bodies, policy titles in both languages,
 * technologies, bilingual terms, quantities, dates — and from hostile characters. For every text: the invariants of
 * {@link ExtractorInvariantsTest#checkInvariants} (spans in bounds, text equal to its substring, sorted, no overlap
 * within a type, links between entities of the result), the same result on a second run, and the same results when
 * eight threads share the extractor. Every entity type is found somewhere in the run, so no type goes untested.
 *
 * <p>{@link #eightThreadsOverTenThousandDocumentsAgreeWithOneThread()} is the concurrency check of the issue: one
 * extractor, 10,000 documents, 8 threads, results identical to a sequential run.
 */
class RandomTextInvariantsTest {

  static final String[] PIECES = {
    "MIIT", "NDRC", "the Ministry of Commerce", " (MOFCOM)", "国务院办公厅", "工信部", "十部门", "Issuing bodies: ",
    "MOST; NHC", "14th Five-Year Plan for the Robotics Industry", "Made in China 2025", "关于印发", "《", "》",
    "“十四五”医疗装备产业发展规划", "的通知", "（2021-2025年）", "（征求意见稿）", "Guiding Opinions on ", "Action Plan",
    "ECMO", "extracorporeal membrane oxygenation", "5G", "PET-CT", "工业互联网", "AI chips", "transportation superpower",
    " (交通强国)", "数字经济", "（digital economy）", "state-owned enterprises (SOEs)", "CNY 1.3 trillion", "50,000",
    " new firms", "six to eight", "over 20 percent", "1.3万亿元", "一千多万", "6至8家", "December 28, 2021", "by 2025",
    "2021年12月28日", "the first half of 2021", "Q3 2022", "2010-2020", "未来五年", "Date: 2022-01-13", "(", ")",
    "[", "]", "（", "）", "“", "”", "\"", " ", " ", " ", "\n", ",", ";", ":", ".", "、", "和", "的", "etc.", "and ",
    "the ", "\u200B", "\u200D", "\uFEFF", "\u200F", "\u00A0", "\uD800", "\uDC00", "𠀀", "\u0000", "x", "İ", "ß",
  };

  private static final Extractor EXTRACTOR = Sinoterm.extractor();

  static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static List<String> documents(long seed, int count) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(randomText(random, 1 + random.nextInt(30)));
    }
    return texts;
  }

  private static List<Extraction> inThreads(List<String> texts, LocalDate date, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Extraction>> futures = new ArrayList<>(texts.size());
      for (String text : texts) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(text, date)));
      }
      List<Extraction> results = new ArrayList<>(texts.size());
      for (Future<Extraction> future : futures) {
        results.add(future.get(10, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void randomTextOfEveryTypeKeepsEveryInvariant() throws Exception {
    List<String> texts = documents(20261202, 2000);
    Set<EntityType> seen = EnumSet.noneOf(EntityType.class);
    List<Extraction> sequential = new ArrayList<>();
    for (String text : texts) {
      Extraction first = EXTRACTOR.extract(text);
      ExtractorInvariantsTest.checkInvariants(text, first);
      assertEquals(first, EXTRACTOR.extract(text), () -> "not deterministic: " + text);
      first.entities().forEach(e -> seen.add(e.type()));
      sequential.add(first);
    }
    assertEquals(EnumSet.allOf(EntityType.class), seen, "entity types the random text never produced");
    assertEquals(sequential, inThreads(texts, null, 8), "threads disagree with a sequential run");
  }

  @Test
  void eightThreadsOverTenThousandDocumentsAgreeWithOneThread() throws Exception {
    List<String> texts = documents(8, 10_000);
    LocalDate date = LocalDate.of(2022, 1, 5);
    List<Extraction> sequential = new ArrayList<>(texts.size());
    for (String text : texts) {
      sequential.add(EXTRACTOR.extract(text, date));
    }
    List<Extraction> parallel = inThreads(texts, date, 8);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(sequential.get(i), parallel.get(i), "document " + i + ": " + texts.get(i));
    }
  }
}
