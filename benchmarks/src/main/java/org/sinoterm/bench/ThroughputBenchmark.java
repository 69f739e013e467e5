package org.sinoterm.bench;

import com.hankcs.hanlp.HanLP;
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
 * Throughput on the same text in the same run: Sinoterm's default extraction (one document at a time, and the
 * documents read together), HanLP's standard segmenter ({@code HanLP.segment}) and OpenNLP's English sentence
 * detector, tokenizer and tagger. One operation reads the whole benchmark corpus,
 * {@link BenchmarkCorpus#documents(int) 1 MB of passages as separate documents}, so characters per second =
 * operations per second × {@link #CHARS}. CoreNLP is in {@link CoreNlpBenchmark}.
 *
 * <pre>
 * java -cp "benchmarks/target/sinoterm-benchmarks.jar:benchmarks/target/lib/*" org.openjdk.jmh.Main ThroughputBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The extractor's code is large, and the JIT compiler settles it slowly: one thread's score climbs for about 70 s
// (0.17, 0.46, … 1.34 ops/s at 40 s, 1.64 at 64 s, then flat at 1.6-1.8 through 160 s), so 40 s of warm-up measured
// a half-compiled extractor. Every system of the class gets the same 100 s.
@Warmup(iterations = 25, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {ThroughputBenchmark.MIN_HEAP, ThroughputBenchmark.MAX_HEAP})
public class ThroughputBenchmark {

  /** The heap of every fork: a method's own {@code @Fork} replaces the class's, its JVM arguments included. */
  static final String MIN_HEAP = "-Xms1g";
  static final String MAX_HEAP = "-Xmx2g";

  /** The documents every operation reads. */
  static final List<String> DOCUMENTS = BenchmarkCorpus.documents(BenchmarkCorpus.MEGABYTE);
  /** Their total length: characters per operation. */
  public static final long CHARS = BenchmarkCorpus.length(DOCUMENTS);

  private Extractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    extractor = Sinoterm.extractor();
  }

  /**
   * The three systems the goals compare run in three JVMs each: on this machine the score of one fork moved by a
   * fifth from one run to the next (the two ways of Sinoterm came out 0.98× to 1.56× of each other in single forks),
   * and the error JMH gives over three forks includes how much they disagree.
   */
  private static final int HEAD_TO_HEAD_FORKS = 3;

  @Benchmark
  @Fork(value = HEAD_TO_HEAD_FORKS, jvmArgsAppend = {MIN_HEAP, MAX_HEAP})
  public void sinoterm(Blackhole out) {
    for (String document : DOCUMENTS) {
      out.consume(extractor.extract(document));
    }
  }

  /**
   * The same documents read together, {@link Extractor#extractAll} (as the CLI and the Spark job read theirs): each
   * recognizer runs over a batch of documents before the next.
   */
  @Benchmark
  @Fork(value = HEAD_TO_HEAD_FORKS, jvmArgsAppend = {MIN_HEAP, MAX_HEAP})
  public void sinotermTogether(Blackhole out) {
    out.consume(extractor.extractAll(DOCUMENTS));
  }

  /** An extractor with term discovery on, as the CLI runs by default. */
  @State(Scope.Benchmark)
  public static class WithTermDiscovery {
    Extractor extractor;

    @Setup(Level.Trial)
    public void build() {
      extractor = Sinoterm.builder().termDiscovery(true).build();
    }
  }

  @Benchmark
  public void sinotermTermDiscovery(WithTermDiscovery discovery, Blackhole out) {
    for (String document : DOCUMENTS) {
      out.consume(discovery.extractor.extract(document));
    }
  }

  @Benchmark
  @Fork(value = HEAD_TO_HEAD_FORKS, jvmArgsAppend = {MIN_HEAP, MAX_HEAP})
  public void hanlpSegment(Blackhole out) {
    for (String document : DOCUMENTS) {
      out.consume(HanLP.segment(document));
    }
  }

  /** OpenNLP's tools are not thread-safe: one pipeline per thread. */
  @State(Scope.Thread)
  public static class OpenNlp {
    OpenNlpPipeline pipeline;

    @Setup(Level.Trial)
    public void load() {
      pipeline = OpenNlpPipeline.load();
    }
  }

  @Benchmark
  public void opennlpSentTokPos(OpenNlp opennlp, Blackhole out) {
    for (String document : DOCUMENTS) {
      out.consume(opennlp.pipeline.tag(document));
    }
  }
}
