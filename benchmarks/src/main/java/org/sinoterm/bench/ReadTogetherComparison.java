package org.sinoterm.bench;

import com.hankcs.hanlp.HanLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * One system's throughput on the benchmark corpus in a JVM of its own, by the thread's CPU time rather than JMH's
 * wall clock: {@code one} (Sinoterm, {@code extract} a document at a time), {@code together} ({@code extractAll})
 * or {@code hanlp} ({@code HanLP.segment}). Run the modes alternately in fresh JVMs and compare their means; it is
 * the second opinion beside {@link ThroughputBenchmark} on reading documents together.
 *
 * <pre>
 * for i in 1 2; do for m in hanlp one together; do
 *   java -Xms1g -Xmx2g -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.bench.ReadTogetherComparison $m
 * done; done
 * </pre>
 */
public final class ReadTogetherComparison {

  private static final long WARM_UP_MS = 70_000;
  private static final long MEASURE_MS = 40_000;

  private ReadTogetherComparison() {
  }

  public static void main(String[] args) {
    if (args.length != 1 || !List.of("one", "together", "hanlp").contains(args[0])) {
      System.err.println("usage: ReadTogetherComparison one|together|hanlp");
      System.exit(2);
    }
    String mode = args[0];
    List<String> documents = ThroughputBenchmark.DOCUMENTS;
    Extractor extractor = Sinoterm.extractor();
    Runnable pass = switch (mode) {
      case "one" -> () -> documents.forEach(extractor::extract);
      case "together" -> () -> extractor.extractAll(documents);
      default -> () -> documents.forEach(HanLP::segment);
    };
    long warmUpEnd = System.currentTimeMillis() + WARM_UP_MS;
    while (System.currentTimeMillis() < warmUpEnd) {
      pass.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    int passes = 0;
    long end = System.currentTimeMillis() + MEASURE_MS;
    while (System.currentTimeMillis() < end) {
      long start = threads.getCurrentThreadCpuTime();
      pass.run();
      cpu += threads.getCurrentThreadCpuTime() - start;
      passes++;
    }
    System.out.printf(Locale.ROOT, "%s: %.2f M chars/s of CPU time (%d passes of %,d chars)%n", mode,
        ThroughputBenchmark.CHARS * passes / (cpu / 1e3), passes, ThroughputBenchmark.CHARS);
  }
}
