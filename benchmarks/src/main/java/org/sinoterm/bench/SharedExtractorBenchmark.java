package org.sinoterm.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Threads sharing one extractor: run with {@code -t 1} and {@code -t 2}; JMH sums the threads' operations, so the
 * ratio of the two scores is the scaling (2.0 is perfect). One operation extracts every passage of the corpus once.
 *
 * <p>The warm-up is long on purpose. On a two-core machine, two benchmark threads leave the JIT compiler no core of
 * its own, so the extractor's code (a few thousand methods) is compiled slowly: with 3 warm-up iterations of 4 s, the
 * two-thread score still climbed from 13.6 to 25 ops/s during measurement and compared a half-compiled run with a
 * compiled one (1.0×). With 25 iterations (100 s) it still climbed from 14 to 24 ops/s during measurement in one
 * run and stayed at one thread's score in another (the C2 compiler thread had used 46 s of CPU in the first 70 s), so
 * the warm-up is 160 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 40, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class SharedExtractorBenchmark {

  /** The documents every operation reads: the corpus's passages, once. */
  static final List<String> DOCUMENTS = BenchmarkCorpus.passages();
  /** Their total length: characters per operation. */
  public static final long CHARS = BenchmarkCorpus.length(DOCUMENTS);

  private Extractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    extractor = Sinoterm.extractor();
  }

  @Benchmark
  public void sinoterm(Blackhole out) {
    for (String document : DOCUMENTS) {
      out.consume(extractor.extract(document));
    }
  }
}
