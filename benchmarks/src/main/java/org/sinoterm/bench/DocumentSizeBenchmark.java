package org.sinoterm.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Time per character of one document of 10 KB and of 10 MB (the corpus's passages joined into one text): extraction
 * is meant to be linear, so both should cost about the same per character. Time per character = time per
 * operation / {@link #chars}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 6)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class DocumentSizeBenchmark {

  @Param({"10000", "10000000"})
  public int chars;

  private String text;
  private Extractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    text = BenchmarkCorpus.document(chars);
    extractor = Sinoterm.extractor();
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(text);
  }
}
