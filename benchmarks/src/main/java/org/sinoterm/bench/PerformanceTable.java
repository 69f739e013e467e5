package org.sinoterm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table of {@link PerformanceReport}, in Markdown: every measurement with its error, the ratios to
 * Sinoterm, and each goal of the project with whether this run met it.
 */
final class PerformanceTable {

  /** A JMH score: the mean and the half-width of its 99.9% confidence interval (NaN when JMH gives none). */
  record Score(double value, double error) {
    static Score of(double value) {
      return new Score(value, Double.NaN);
    }

    Score times(double factor) {
      return new Score(value * factor, error * factor);
    }
  }

  /** What one run measured; a null field was not measured (CoreNLP without its models jar). */
  static final class Results {
    String machine;
    String command;
    double loadBefore = Double.NaN;
    double loadAfter = Double.NaN;
    double hanShare = Double.NaN;
    long corpusChars;
    /** Characters per second. */
    Score sinoterm;
    /** {@code extractAll} over the same documents. */
    Score sinotermTogether;
    Score sinotermTermDiscovery;
    Score hanlp;
    Score opennlp;
    Score corenlp;
    /** Milliseconds, cold (a new JVM). */
    Score buildMs;
    Score firstExtractionMs;
    Score hanlpLoadMs;
    Score opennlpLoadMs;
    Score corenlpLoadMs;
    /** Bytes retained after a full collection. */
    Long heapAfterBuild;
    Long heapAfterFirstExtraction;
    Long hanlpHeap;
    Long corenlpHeap;
    /** Nanoseconds per character. */
    Score perChar10k;
    Score perChar10m;
    /** Operations per second, all threads together. */
    Score oneThread;
    Score twoThreads;
  }

  private PerformanceTable() {
  }

  static String markdown(Results r) {
    StringBuilder out = new StringBuilder();
    out.append("Machine: ").append(r.machine).append('\n');
    out.append(String.format(Locale.ROOT, "Load average: %.2f before, %.2f after the run (of %d cores).%n",
        r.loadBefore, r.loadAfter, Runtime.getRuntime().availableProcessors()));
    out.append(String.format(Locale.ROOT, "Corpus: %,d characters (%.0f%% Han), the annotated corpus's passages "
        + "repeated; CoreNLP reads each passage once.%n", r.corpusChars, 100 * r.hanShare));
    out.append("Command: `").append(r.command).append("`\n\n");

    out.append("| system (same text, same run) | throughput | Sinoterm is |\n| --- | ---: | ---: |\n");
    row(out, "Sinoterm, default extraction, one document at a time", charsPerSecond(r.sinoterm), "1×");
    row(out, "Sinoterm, default extraction, documents read together (`extractAll`)",
        charsPerSecond(r.sinotermTogether), ratio(r.sinotermTogether, r.sinoterm));
    row(out, "Sinoterm with term discovery", r.sinotermTermDiscovery == null ? "not measured"
        : charsPerSecond(r.sinotermTermDiscovery), ratio(r.sinotermTermDiscovery, r.sinoterm));
    row(out, "HanLP.segment", charsPerSecond(r.hanlp), ratio(r.sinoterm, r.hanlp));
    row(out, "OpenNLP sentences + tokens + POS", charsPerSecond(r.opennlp), ratio(r.sinoterm, r.opennlp));
    row(out, "CoreNLP tokenize,ssplit,pos,lemma,ner", r.corenlp == null ? "not run (needs -Pcorenlp-models)"
        : charsPerSecond(r.corenlp), ratio(r.sinoterm, r.corenlp));
    out.append('\n');

    out.append("| measurement | value | goal | met |\n| --- | ---: | --- | --- |\n");
    goal(out, "Sinoterm ÷ HanLP.segment throughput, one document at a time", ratio(r.sinoterm, r.hanlp), "≥ 1.0×",
        met(quotient(r.sinoterm, r.hanlp), 1.0, true));
    goal(out, "Sinoterm ÷ HanLP.segment throughput, documents read together", ratio(r.sinotermTogether, r.hanlp),
        "≥ 1.0×", met(quotient(r.sinotermTogether, r.hanlp), 1.0, true));
    goal(out, "Sinoterm ÷ CoreNLP NER throughput, one document at a time", ratio(r.sinoterm, r.corenlp), "≥ 1000×",
        met(quotient(r.sinoterm, r.corenlp), 1000, true));
    goal(out, "Sinoterm ÷ CoreNLP NER throughput, documents read together", ratio(r.sinotermTogether, r.corenlp),
        "≥ 1000×", met(quotient(r.sinotermTogether, r.corenlp), 1000, true));
    goal(out, "extractor build, cold JVM", millis(r.buildMs), "≤ 0.5 s", met(value(r.buildMs), 500, false));
    goal(out, "build + first mixed extraction, cold JVM", millis(r.firstExtractionMs), "", "");
    goal(out, "HanLP first segment, cold JVM", millis(r.hanlpLoadMs), "", "");
    goal(out, "OpenNLP models load, cold JVM", millis(r.opennlpLoadMs), "", "");
    goal(out, "CoreNLP NER pipeline load, cold JVM", millis(r.corenlpLoadMs), "", "");
    goal(out, "retained heap after build", megabytes(r.heapAfterBuild), "≤ 64 MB",
        met(r.heapAfterBuild == null ? Double.NaN : r.heapAfterBuild / 1048576.0, 64, false));
    goal(out, "retained heap after first mixed extraction", megabytes(r.heapAfterFirstExtraction), "", "");
    goal(out, "HanLP retained heap after first segment", megabytes(r.hanlpHeap), "", "");
    goal(out, "CoreNLP retained heap, NER pipeline", megabytes(r.corenlpHeap), "", "");
    goal(out, "time per char, 10 KB document", nanos(r.perChar10k), "", "");
    goal(out, "time per char, 10 MB document", nanos(r.perChar10m) + " (" + ratio(r.perChar10m, r.perChar10k)
        + ")", "≤ 1.5× the 10 KB time", met(quotient(r.perChar10m, r.perChar10k), 1.5, false));
    goal(out, "1 thread, one extractor", opsPerSecond(r.oneThread), "", "");
    goal(out, "2 threads sharing one extractor", opsPerSecond(r.twoThreads) + " (" + ratio(r.twoThreads,
        r.oneThread) + ")", "≥ 1.8× one thread", met(quotient(r.twoThreads, r.oneThread), 1.8, true));
    return out.toString();
  }

  private static void row(StringBuilder out, String system, String throughput, String ratio) {
    out.append("| ").append(system).append(" | ").append(throughput).append(" | ").append(ratio).append(" |\n");
  }

  private static void goal(StringBuilder out, String what, String value, String goal, String met) {
    out.append("| ").append(what).append(" | ").append(value).append(" | ").append(goal).append(" | ")
        .append(met).append(" |\n");
  }

  static double quotient(Score a, Score b) {
    return a == null || b == null ? Double.NaN : a.value() / b.value();
  }

  private static double value(Score score) {
    return score == null ? Double.NaN : score.value();
  }

  static String met(double value, double goal, boolean atLeast) {
    if (Double.isNaN(value)) {
      return "not measured";
    }
    return (atLeast ? value >= goal : value <= goal) ? "yes" : "**no**";
  }

  static String ratio(Score a, Score b) {
    double q = quotient(a, b);
    if (Double.isNaN(q)) {
      return "–";
    }
    return String.format(Locale.ROOT, q >= 100 ? "%,.0f×" : q >= 10 ? "%.1f×" : "%.2f×", q);
  }

  static String charsPerSecond(Score s) {
    if (s == null) {
      return "–";
    }
    if (s.value() >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M chars/s%s", s.value() / 1e6, error(s.error() / 1e6, "%.2f"));
    }
    return String.format(Locale.ROOT, "%,.0f chars/s%s", s.value(), error(s.error(), "%,.0f"));
  }

  private static String opsPerSecond(Score s) {
    return s == null ? "–" : String.format(Locale.ROOT, "%.2f ops/s%s", s.value(), error(s.error(), "%.2f"));
  }

  private static String millis(Score s) {
    return s == null ? "–" : String.format(Locale.ROOT, "%,.0f ms%s", s.value(), error(s.error(), "%,.0f"));
  }

  private static String nanos(Score s) {
    return s == null ? "–" : String.format(Locale.ROOT, "%.0f ns%s", s.value(), error(s.error(), "%.0f"));
  }

  private static String megabytes(Long bytes) {
    return bytes == null ? "–" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static String error(double error, String format) {
    return Double.isNaN(error) || Double.isInfinite(error) ? "" : " ± " + String.format(Locale.ROOT, format, error);
  }

  /** The goals of this run that were not met, for the report's last line. */
  static List<String> missed(Results r) {
    List<String> missed = new ArrayList<>();
    String table = markdown(r);
    for (String line : table.split("\n")) {
      if (line.endsWith("| **no** |")) {
        missed.add(line.substring(2, line.indexOf(" | ")));
      }
    }
    return missed;
  }
}
