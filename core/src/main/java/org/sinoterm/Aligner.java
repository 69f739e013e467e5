package org.sinoterm;

import java.util.List;
import org.sinoterm.align.ListMatcher;

/**
 * Scores how well an English text renders a Chinese one, word by word, and explains the score.
 *
 * <pre>{@code
 * Aligner aligner = Sinoterm.aligner();
 * double s = aligner.score("十部门关于印发《\"十四五\"医疗装备产业发展规划》的通知",
 *     "14th Five-Year Plan for Medical Equipment");                  // 0.76: a loose but true rendering
 * Alignment a = aligner.align("关于促进人工智能发展的指导意见", "Guiding Opinions on Promoting AI");
 * System.out.println(a.explain());                                   // which words aligned, and why
 * }</pre>
 *
 * <p>The Chinese is segmented (HanLP) and its words are looked up in the bundled policy vocabulary, the bodies
 * and places of the bundled dictionaries, and CC-CEDICT; numbers, years and Five-Year Plans are compared by value
 * and names by their pinyin. Words that need no counterpart (的, 关于; the, of, on) and the wrapper and issuer of
 * a Chinese title (十部门关于印发《…》的通知) count little when they are left out. The score is the product of the
 * weighted share of the Chinese that is aligned, the weighted share of the English that is aligned, and a length
 * prior; see the README.
 *
 * <p>Implementations are immutable and thread-safe; the dictionaries load on the first call.
 *
 * @since 0.1.0
 */
public interface Aligner {

  /**
   * Aligns the words of {@code zh} and {@code en}. Never throws on any text; empty or unrelated texts give a
   * score of 0.
   *
   * @param zh Chinese text: a title, a term, a name (traditional characters and full-width forms are fine)
   * @param en English text
   * @return the alignment, with offsets into {@code zh} and {@code en} as given
   * @throws NullPointerException if either text is null
   */
  Alignment align(String zh, String en);

  /**
   * The score of {@link #align(String, String)}: in [0, 1], high when each side renders the other.
   *
   * @throws NullPointerException if either text is null
   */
  default double score(String zh, String en) {
    return align(zh, en).score();
  }

  /**
   * The best one-to-one matching of two unpaired lists: the assignment of Chinese items to English items whose
   * scores add up to the most (the Hungarian algorithm, not best-pair-first), where a pair scoring below
   * {@code threshold} is never matched and never pushes another pair out. Items without a counterpart are listed
   * as unmatched.
   *
   * <pre>{@code
   * ListMatching m = Sinoterm.aligner().match(List.of("数据安全法", "个人信息保护法"),
   *     List.of("Personal Information Protection Law", "Data Security Law", "Export Control Law"), 0.4);
   * m.pairs();             // 0 → 1 and 1 → 0, each with its Alignment
   * m.unmatchedEnglish();  // [2]
   * }</pre>
   *
   * <p>Every pair is scored, n × m alignments; the bundled aligner reads each item once and scores rows in
   * parallel (two lists of 1,000 names: see the README, Bilingual aligner).
   *
   * @param zh Chinese items (titles, terms, names); duplicates are matched as separate items
   * @param en English items
   * @param threshold the lowest score a matched pair may have, in [0, 1]; pairs scoring 0 are never matched
   * @return the matching, with indices into the two lists
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   * @throws NullPointerException if a list or an item is null
   * @since 0.1.0
   */
  default ListMatching match(List<String> zh, List<String> en, double threshold) {
    return ListMatcher.match(this, zh, en, threshold);
  }
}
