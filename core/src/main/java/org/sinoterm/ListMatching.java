package org.sinoterm;

import java.util.List;
import java.util.Objects;

/**
 * The best one-to-one matching of two unpaired lists, a Chinese one and an English one, by the aligner's scores: the
 * assignment whose scores add up to the most, with no pair below the threshold.
 *
 * <p>For the Chinese {@code [个人信息保护法, 数据安全法, 网络安全法]} and the English {@code ["Data Security Law",
 * "Personal Information Protection Law", "Export Control Law"]} at threshold 0.35: pairs (0 → 1, 0.99) and
 * (1 → 0, 0.99); Chinese 2 and English 2 are unmatched, since 网络安全法 and "Export Control Law" score 0.09.
 *
 * @param pairs the matched pairs, in the order of the Chinese list
 * @param unmatchedChinese indices into the Chinese list of the items without a counterpart, ascending
 * @param unmatchedEnglish indices into the English list of the items without a counterpart, ascending
 * @param threshold the lowest score a pair may have
 * @since 0.1.0
 */
public record ListMatching(List<Pair> pairs, List<Integer> unmatchedChinese, List<Integer> unmatchedEnglish,
    double threshold) {

  /**
   * A Chinese item matched to an English one.
   *
   * @param chinese its index in the Chinese list
   * @param english its index in the English list
   * @param alignment the alignment of the two texts, with the score and its explanation
   * @since 0.1.0
   */
  public record Pair(int chinese, int english, Alignment alignment) {
    public Pair {
      Objects.requireNonNull(alignment, "alignment");
    }

    /** The aligner's score of the pair, in [threshold, 1]. */
    public double score() {
      return alignment.score();
    }
  }

  public ListMatching {
    pairs = List.copyOf(pairs);
    unmatchedChinese = List.copyOf(unmatchedChinese);
    unmatchedEnglish = List.copyOf(unmatchedEnglish);
  }

  /** The sum of the pairs' scores: what the matching maximizes. */
  public double totalScore() {
    double total = 0;
    for (Pair pair : pairs) {
      total += pair.score();
    }
    return total;
  }
}
