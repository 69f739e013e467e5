package org.sinoterm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Term discovery shares OpenNLP models between threads and makes its own tools per call: one extractor with
 * discovery, shared by 8 threads over 1,000 documents, gives exactly the results of a sequential run.
 */
class DiscoveryConcurrencyTest {

  private static final String[] SENTENCES = {
    "Hospitals bought ultrahigh field magnetic resonance imaging scanners.",
    "Centralized volume-based procurement cut the price of coronary stents.",
    "MIIT backs flexible perovskite modules and total degradation coronary stents.",
    "数字经济 (digital economy) and 工业互联网平台 grew; 高端医疗装备产业 expanded.",
    "The plan names solid-state battery cells, hydrogen fuel cell stacks and ECMO machines.",
    "Firms tested single-cell sequencing platforms and laboratory-wide automated test pipelines.",
  };

  @Test
  void eightThreadsAgreeWithOneThread() throws Exception {
    Extractor extractor = Sinoterm.builder().termDiscovery(true).build();
    Random random = new Random(1);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
      }
      texts.add(text.toString());
    }
    List<Extraction> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(extractor.extract(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Extraction>> parallel = new ArrayList<>();
      for (String text : texts) {
        parallel.add(pool.submit(() -> extractor.extract(text)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(sequential.get(i), parallel.get(i).get(5, TimeUnit.MINUTES), texts.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
