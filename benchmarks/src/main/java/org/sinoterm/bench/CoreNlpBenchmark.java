package org.sinoterm.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

/**
 * CoreNLP's English NER pipeline ({@value CoreNlpModels#NER_PIPELINE}) on the benchmark corpus's passages, each
 * once (about 1/17 of the 1 MB that {@link ThroughputBenchmark} repeats them to: CoreNLP needs minutes for a
 * megabyte). Characters per second = operations per second × {@link #CHARS}. Needs the models jar
 * ({@code -Pcorenlp-models}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 30)
@Measurement(iterations = 3, time = 30)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class CoreNlpBenchmark {

  /** The documents every operation reads: the corpus's passages, once. */
  static final List<String> DOCUMENTS = BenchmarkCorpus.passages();
  /** Their total length: characters per operation. */
  public static final long CHARS = BenchmarkCorpus.length(DOCUMENTS);

  private StanfordCoreNLP pipeline;

  @Setup(Level.Trial)
  public void setUp() {
    pipeline = CoreNlpModels.nerPipeline();
  }

  @Benchmark
  public void corenlpNer(Blackhole out) {
    for (String document : DOCUMENTS) {
      Annotation annotation = new Annotation(document);
      pipeline.annotate(annotation);
      out.consume(annotation);
    }
  }
}
