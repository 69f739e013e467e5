package org.sinoterm.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Cold load of CoreNLP's English NER pipeline in a new JVM, as {@link StartupBenchmark}; needs the models jar. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class CoreNlpStartupBenchmark {

  @Benchmark
  public StanfordCoreNLP corenlpLoad() {
    return CoreNlpModels.nerPipeline();
  }
}
