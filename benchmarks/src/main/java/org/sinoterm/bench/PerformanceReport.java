package org.sinoterm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.sinoterm.bench.PerformanceTable.Results;
import org.sinoterm.bench.PerformanceTable.Score;

/**
 * Runs every benchmark of this module in one go and writes the results table (Markdown) to a file:
 *
 * <pre>
 * mvn -B -q package -DskipTests [-Pcorenlp-models]
 * java -cp "benchmarks/target/sinoterm-benchmarks.jar:benchmarks/target/lib/*" org.sinoterm.bench.PerformanceReport \
 *     [--out benchmarks/target/performance.md] [--quick]
 * </pre>
 *
 * <p>CoreNLP is measured when its models jar is on the classpath ({@code -Pcorenlp-models} copies it to
 * {@code benchmarks/target/lib/}). {@code --quick} runs each benchmark for one short iteration, to check that
 * everything runs; its numbers are not worth reporting. The table records the machine and its load average before
 * and after: on a shared machine, numbers taken under load are noisy.
 */
public final class PerformanceReport {

  private final boolean quick;

  private PerformanceReport(boolean quick) {
    this.quick = quick;
  }

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Path out = Path.of("benchmarks/target/performance.md");
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--quick" -> quick = true;
        default -> {
          System.err.println("usage: PerformanceReport [--out FILE] [--quick]");
          System.exit(2);
        }
      }
    }
    Results results = new PerformanceReport(quick).run(String.join(" ", args));
    String table = PerformanceTable.markdown(results);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(table);
    System.out.println("written to " + out);
    List<String> missed = PerformanceTable.missed(results);
    System.out.println(missed.isEmpty() ? "every goal met" : "goals not met: " + String.join("; ", missed));
  }

  private Results run(String args) throws RunnerException, IOException, InterruptedException {
    Results r = new Results();
    r.machine = Machine.describe();
    r.command = "java -cp \"benchmarks/target/sinoterm-benchmarks.jar:benchmarks/target/lib/*\" "
        + PerformanceReport.class.getName() + (args.isEmpty() ? "" : " " + args);
    r.loadBefore = load();
    r.corpusChars = ThroughputBenchmark.CHARS;
    r.hanShare = BenchmarkCorpus.hanShare(ThroughputBenchmark.DOCUMENTS);
    boolean corenlp = CoreNlpModels.available();

    Map<String, Score> throughput = scores(ThroughputBenchmark.class, 0);
    r.sinoterm = throughput.get("sinoterm").times(ThroughputBenchmark.CHARS);
    r.sinotermTogether = throughput.get("sinotermTogether").times(ThroughputBenchmark.CHARS);
    r.hanlp = throughput.get("hanlpSegment").times(ThroughputBenchmark.CHARS);
    r.opennlp = throughput.get("opennlpSentTokPos").times(ThroughputBenchmark.CHARS);
    if (throughput.containsKey("sinotermTermDiscovery")) {
      r.sinotermTermDiscovery = throughput.get("sinotermTermDiscovery").times(ThroughputBenchmark.CHARS);
    }
    if (corenlp) {
      r.corenlp = scores(CoreNlpBenchmark.class, 0).get("corenlpNer").times(CoreNlpBenchmark.CHARS);
    }

    Map<String, Score> startup = scores(StartupBenchmark.class, 0);
    r.buildMs = startup.get("sinotermBuild");
    r.firstExtractionMs = startup.get("sinotermBuildAndFirstExtraction");
    r.hanlpLoadMs = startup.get("hanlpFirstSegment");
    r.opennlpLoadMs = startup.get("opennlpLoad");
    if (corenlp) {
      r.corenlpLoadMs = scores(CoreNlpStartupBenchmark.class, 0).get("corenlpLoad");
    }

    Map<String, Score> sizes = scores(DocumentSizeBenchmark.class, 0);
    r.perChar10k = sizes.get("extract:chars=10000").times(1e6 / 10_000);
    r.perChar10m = sizes.get("extract:chars=10000000").times(1e6 / 10_000_000);
    r.oneThread = scores(SharedExtractorBenchmark.class, 1).get("sinoterm");
    r.twoThreads = scores(SharedExtractorBenchmark.class, 2).get("sinoterm");

    Map<String, Long> heap = new HashMap<>(footprint("sinoterm", "1g"));
    heap.putAll(footprint("hanlp", "1g"));
    if (corenlp) {
      heap.putAll(footprint("corenlp", "6g"));
    }
    r.heapAfterBuild = heap.get("sinoterm.build");
    r.heapAfterFirstExtraction = heap.get("sinoterm.firstExtraction");
    r.hanlpHeap = heap.get("hanlp.firstSegment");
    r.corenlpHeap = heap.get("corenlp.load");
    r.loadAfter = load();
    return r;
  }

  /**
   * Runs one benchmark class; returns its scores by method name, with {@code :name=value} for each parameter.
   *
   * @param threads the number of benchmark threads, or 0 for the class's own setting
   */
  private Map<String, Score> scores(Class<?> benchmark, int threads) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().include("^" + benchmark.getName().replace(".", "\\.")
        + "\\.");
    if (threads > 0) {
      options.threads(threads);
    }
    if (quick) {
      options.warmupIterations(
          benchmark == StartupBenchmark.class || benchmark == CoreNlpStartupBenchmark.class ? 0 : 1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(1).measurementTime(TimeValue.seconds(1)).forks(1);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Score> scores = new HashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      StringBuilder name = new StringBuilder(method.substring(method.lastIndexOf('.') + 1));
      for (String key : result.getParams().getParamsKeys()) {
        name.append(':').append(key).append('=').append(result.getParams().getParam(key));
      }
      Result<?> primary = result.getPrimaryResult();
      scores.put(name.toString(), new Score(primary.getScore(), primary.getScoreError()));
    }
    return scores;
  }

  /** Runs {@link HeapFootprint} for one system in a JVM of its own and reads what it prints. */
  private static Map<String, Long> footprint(String system, String maxHeap) throws IOException,
      InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx" + maxHeap, "-cp",
        System.getProperty("java.class.path"), HeapFootprint.class.getName(), system)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Map<String, Long> values = new HashMap<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        String[] fields = line.split(" ");
        if (fields.length == 2 && fields[0].startsWith(system + ".")) {
          values.put(fields[0], Long.parseLong(fields[1]));
        }
      }
    }
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("HeapFootprint " + system + " failed: " + lines);
    }
    return values;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** One line about the machine: CPU, cores, memory, OS and JVM. */
  static final class Machine {
    private Machine() {
    }

    static String describe() {
      String cpu = "unknown CPU";
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            cpu = line.substring(line.indexOf(':') + 1).strip();
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        cpu = System.getProperty("os.arch");
      }
      long memory = 0;
      try {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
          if (line.startsWith("MemTotal:")) {
            memory = 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        memory = 0; // not Linux: the memory is left unknown (0 GB)
      }
      return String.format(Locale.ROOT, "%s, %d cores, %.0f GB RAM, %s %s, %s %s", cpu,
          Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("os.name"),
          System.getProperty("os.version"), System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }
  }
}
