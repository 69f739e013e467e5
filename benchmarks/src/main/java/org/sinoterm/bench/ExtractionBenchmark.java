package org.sinoterm.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;
import org.sinoterm.eval.Corpus;
import org.sinoterm.eval.Passage;

/**
 * Throughput of Sinoterm's default extraction and of HanLP's standard segmenter on the same text: the passages of
 * the annotated corpus, English and Chinese, joined and repeated to about 200 KB. Each operation processes the
 * whole text once, so characters per second = operations per second × {@link #length()} (printed at setup).
 *
 * <pre>
 * java -jar benchmarks/target/sinoterm-benchmarks.jar ExtractionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

  private static final int TARGET_LENGTH = 200_000;

  private String text;
  private Extractor extractor;

  @Setup
  public void setUp() {
    StringBuilder joined = new StringBuilder();
    List<Passage> passages = Corpus.bundled();
    while (joined.length() < TARGET_LENGTH) {
      for (Passage passage : passages) {
        joined.append(passage.text()).append("\n\n");
      }
    }
    text = joined.toString();
    extractor = Sinoterm.extractor();
    extractor.extract(text);
    HanLP.segment(text);
    System.out.println("text length: " + length() + " chars");
  }

  /** The number of characters each operation processes. */
  public int length() {
    return text.length();
  }

  @Benchmark
  public Extraction sinoterm() {
    return extractor.extract(text);
  }

  @Benchmark
  public List<Term> hanlpSegment() {
    return HanLP.segment(text);
  }
}
