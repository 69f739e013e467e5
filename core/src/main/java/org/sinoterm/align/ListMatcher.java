package org.sinoterm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sinoterm.Aligner;
import org.sinoterm.Alignment;
import org.sinoterm.ListMatching;

/**
 * Matches two unpaired lists, Chinese and English, one to one: every pair is scored by an aligner, scores below the
 * threshold count as no edge, and the {@link Assignment} of maximum total score picks the pairs.
 *
 * <p>{@code [数据安全法, 个人信息保护法]} and {@code ["Personal Information Protection Law", "Data Security Law"]} →
 * pairs 0 → 1 and 1 → 0, each with its alignment. A greedy matching (best pair first) can lose: when one Chinese
 * title's best English is another title's only good one, the optimal assignment gives each its own.
 *
 * <p>Scoring the n × m pairs is the cost; the bundled aligner reads each text once and scores the rows on a
 * parallel stream (the common fork-join pool).
 */
public final class ListMatcher {

  private ListMatcher() {
  }

  /**
   * The best one-to-one matching of {@code zh} and {@code en} by {@code aligner}'s scores.
   *
   * @param threshold the lowest score a pair may have, in [0, 1]; a pair scoring 0 is never matched
   * @throws IllegalArgumentException if the threshold is outside [0, 1]
   * @throws NullPointerException if a list or an item is null
   */
  public static ListMatching match(Aligner aligner, List<String> zh, List<String> en, double threshold) {
    Objects.requireNonNull(aligner, "aligner");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    List<String> chinese = List.copyOf(Objects.requireNonNull(zh, "zh")); // List.copyOf rejects null items
    List<String> english = List.copyOf(Objects.requireNonNull(en, "en"));
    double[][] scores = aligner instanceof WordAligner bundled ? bundled.scores(chinese, english)
        : scores(aligner, chinese, english);
    double[][] weights = new double[chinese.size()][english.size()];
    for (int i = 0; i < weights.length; i++) {
      for (int j = 0; j < weights[i].length; j++) {
        double s = scores[i][j];
        weights[i][j] = s >= threshold && s > 0 ? s : 0;
      }
    }
    int[] assigned = Assignment.maximize(weights);
    Alignment[] alignments = new Alignment[chinese.size()];
    IntStream.range(0, chinese.size()).parallel().filter(i -> assigned[i] >= 0)
        .forEach(i -> alignments[i] = aligner.align(chinese.get(i), english.get(assigned[i])));
    List<ListMatching.Pair> pairs = new ArrayList<>();
    List<Integer> unmatchedChinese = new ArrayList<>();
    boolean[] englishUsed = new boolean[english.size()];
    for (int i = 0; i < chinese.size(); i++) {
      if (assigned[i] >= 0) {
        pairs.add(new ListMatching.Pair(i, assigned[i], alignments[i]));
        englishUsed[assigned[i]] = true;
      } else {
        unmatchedChinese.add(i);
      }
    }
    List<Integer> unmatchedEnglish = new ArrayList<>();
    for (int j = 0; j < english.size(); j++) {
      if (!englishUsed[j]) {
        unmatchedEnglish.add(j);
      }
    }
    return new ListMatching(pairs, unmatchedChinese, unmatchedEnglish, threshold);
  }

  /** Any aligner: each pair aligned on its own, the rows in parallel. */
  private static double[][] scores(Aligner aligner, List<String> zh, List<String> en) {
    double[][] scores = new double[zh.size()][];
    IntStream.range(0, zh.size()).parallel().forEach(i -> {
      double[] row = new double[en.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = aligner.score(zh.get(i), en.get(j));
      }
      scores[i] = row;
    });
    return scores;
  }
}
