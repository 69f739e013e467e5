package org.sinoterm.bench;

import com.hankcs.hanlp.HanLP;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Locale;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Retained heap: the heap in use after a full collection, before and after loading a system, in a fresh JVM of its
 * own (run with {@code -XX:+UseSerialGC}, whose {@code System.gc()} is a full, compacting collection). Prints one
 * line {@code <what> <bytes>}:
 *
 * <pre>
 * java -XX:+UseSerialGC -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.bench.HeapFootprint sinoterm
 * sinoterm.build 31457280
 * sinoterm.firstExtraction 41943040
 * </pre>
 *
 * <p>{@code sinoterm}: after {@code build()}, then after a first extraction of a mixed document (which loads HanLP's
 * traditional-to-simplified table); {@code hanlp}: after a first {@code HanLP.segment}; {@code corenlp}: after loading
 * the English NER pipeline and annotating one document (needs the models jar).
 */
public final class HeapFootprint {

  private HeapFootprint() {
  }

  public static void main(String[] args) {
    String system = args.length > 0 ? args[0] : "sinoterm";
    long base = usedAfterGc();
    switch (system) {
      case "sinoterm" -> {
        Extractor extractor = Sinoterm.builder().build();
        print("sinoterm.build", usedAfterGc() - base);
        extractor.extract(StartupBenchmark.MIXED);
        print("sinoterm.firstExtraction", usedAfterGc() - base);
        Reference.reachabilityFence(extractor);
      }
      case "hanlp" -> {
        HanLP.segment("工业和信息化部发布了通知");
        print("hanlp.firstSegment", usedAfterGc() - base);
      }
      case "corenlp" -> {
        StanfordCoreNLP pipeline = CoreNlpModels.nerPipeline();
        pipeline.annotate(new Annotation(StartupBenchmark.MIXED));
        print("corenlp.load", usedAfterGc() - base);
        Reference.reachabilityFence(pipeline);
      }
      default -> throw new IllegalArgumentException("unknown system " + system + " (sinoterm, hanlp, corenlp)");
    }
  }

  private static void print(String what, long bytes) {
    System.out.println(String.format(Locale.ROOT, "%s %d", what, bytes));
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
