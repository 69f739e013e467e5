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
import org.openjdk.jmh.annotations.Warmup;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Cold start: each fork is a new JVM and runs the operation once, so the time includes loading classes and
 * dictionaries, as an application's first call does. Sinoterm loads HanLP's traditional-to-simplified table only when
 * it first meets Chinese text, so its first extraction of a mixed document is measured apart from the build.
 * CoreNLP's pipeline load is in {@link CoreNlpStartupBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 8, jvmArgsAppend = {"-Xmx1g"})
public class StartupBenchmark {

  /** A short mixed document, written for this benchmark. */
  static final String MIXED = "Issuing bodies: MIIT; NDRC. The Ministry of Commerce (商务部) and 國家發展和改革委員會 "
      + "signed the notice on export controls.";

  @Benchmark
  public Extractor sinotermBuild() {
    return Sinoterm.builder().build();
  }

  @Benchmark
  public Extraction sinotermBuildAndFirstExtraction() {
    return Sinoterm.builder().build().extract(MIXED);
  }

  @Benchmark
  public List<Term> hanlpFirstSegment() {
    return HanLP.segment("工业和信息化部发布了通知");
  }

  @Benchmark
  public Object opennlpLoad() {
    return OpenNlpPipeline.load();
  }
}
