package org.sinoterm.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sinoterm.Diagnostic;
import org.sinoterm.Extraction;

/**
 * The diagnostics the extractor reports, against those the passages expect ({@code @diagnostic CODE} in the
 * markup), by code and passage: in a passage that expects one {@code issuer-count-mismatch} and gets two, one is
 * right and one is false. Only an extractor built with {@code trackDiagnostics} reports any.
 */
public final class DiagnosticCounts {

  private final Map<String, Evaluation.Counts> counts = new TreeMap<>();

  /** Adds one passage; returns a description of each difference, for the findings. */
  List<String> add(Passage passage, Extraction extraction) {
    Map<String, Integer> gold = new TreeMap<>();
    passage.diagnostics().forEach(code -> gold.merge(code, 1, Integer::sum));
    Map<String, Integer> predicted = new TreeMap<>();
    for (Diagnostic diagnostic : extraction.diagnostics()) {
      predicted.merge(diagnostic.code(), 1, Integer::sum);
    }
    Set<String> codes = new TreeSet<>(gold.keySet());
    codes.addAll(predicted.keySet());
    List<String> differences = new ArrayList<>();
    for (String code : codes) {
      int g = gold.getOrDefault(code, 0);
      int p = predicted.getOrDefault(code, 0);
      int matched = Math.min(g, p);
      counts.merge(code, new Evaluation.Counts(g, p, matched, matched, matched), Evaluation.Counts::plus);
      if (g != p) {
        differences.add(code + ": expected " + g + ", reported " + p);
      }
    }
    return differences;
  }

  /** The counts by diagnostic code, for the codes some passage expects or some extraction reports. */
  public Map<String, Evaluation.Counts> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
