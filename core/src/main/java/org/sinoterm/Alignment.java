package org.sinoterm;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The word alignment of a Chinese text and its English rendering, and the score it gives.
 *
 * <p>For 关于促进人工智能发展的指导意见 and "Guiding Opinions on Promoting AI": 指导意见 ↔ "Guiding Opinions"
 * (VOCABULARY), 促进 ↔ "Promoting" (VOCABULARY), 人工智能 ↔ "AI" (VOCABULARY); 发展 is unaligned; 关于 and 的
 * need no counterpart (weight 0), nor does "on".
 *
 * @param score in [0, 1]: {@code chineseCoverage × englishCoverage × (0.8 + 0.2 × lengthPrior)}
 * @param chineseCoverage the weighted share of the Chinese words that are aligned, in [0, 1]
 * @param englishCoverage the weighted share of the English words that are aligned, in [0, 1]
 * @param lengthPrior how plausible the English length is for the Chinese length, in [0, 1]
 * @param pairs the aligned words, in the order of the Chinese
 * @param unalignedChinese the Chinese words without a counterpart, in text order
 * @param unalignedEnglish the English words without a counterpart, in text order
 * @since 0.1.0
 */
public record Alignment(double score, double chineseCoverage, double englishCoverage, double lengthPrior,
    List<WordPair> pairs, List<Word> unalignedChinese, List<Word> unalignedEnglish) {

  /** Why two words were aligned. */
  public enum Evidence {
    /** The curated policy vocabulary: 规划 ↔ plan, 高质量发展 ↔ high-quality development. */
    VOCABULARY,
    /** A body of the agency dictionary: 国务院 ↔ State Council, 工信部 ↔ MIIT. */
    AGENCY,
    /** A place of the place dictionary: 北京 ↔ Beijing, 内蒙古 ↔ Inner Mongolia. */
    PLACE,
    /** The general lexicon (CC-CEDICT): 领域 ↔ field. */
    LEXICON,
    /** The same number: 十 ↔ ten, 两 ↔ Two, 三 ↔ three. */
    NUMBER,
    /** The same year: 2021年 ↔ 2021, 二〇二五年 ↔ 2025. */
    YEAR,
    /** A Five-Year Plan: 十四五 ↔ 14th Five-Year (Plan), 14th FYP, 2021-2025. */
    FIVE_YEAR_PLAN,
    /** A name read in pinyin: 合肥 ↔ Hefei, 中关村 ↔ Zhongguancun. */
    PINYIN,
    /** Latin letters or digits written the same on both sides: 5G ↔ 5G, AI ↔ AI. */
    LITERAL
  }

  /**
   * A word of one side.
   *
   * @param text the word as written
   * @param start offset in the text given to {@link Aligner#align(String, String)}
   * @param end end offset, exclusive
   * @param weight what the word counts in its side's coverage; 0 for words that need no counterpart
   */
  public record Word(String text, int start, int end, double weight) {
    public Word {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A Chinese word and the English words it aligns to.
   *
   * @param chinese the Chinese word
   * @param english the English words, in text order (a phrase: "Guiding Opinions")
   * @param evidence why they align
   * @param strength how good the match is, in (0, 1]: 1 for a full dictionary form, less for a partial one
   */
  public record WordPair(Word chinese, List<Word> english, Evidence evidence, double strength) {
    public WordPair {
      Objects.requireNonNull(chinese, "chinese");
      Objects.requireNonNull(evidence, "evidence");
      english = List.copyOf(english);
    }
  }

  public Alignment {
    pairs = List.copyOf(pairs);
    unalignedChinese = List.copyOf(unalignedChinese);
    unalignedEnglish = List.copyOf(unalignedEnglish);
  }

  /**
   * A readable account of the alignment, one line per pair:
   *
   * <pre>
   * score 0.731 = zh 0.731 × en 1.000 × (0.8 + 0.2 × prior 1.000)
   *   十四五 ↔ 14th Five Year Plan  FIVE_YEAR_PLAN 1.00
   *   医疗装备 ↔ Medical Equipment  VOCABULARY 1.00
   *   规划 ↔ Plan  VOCABULARY 1.00
   *   unaligned zh: 产业 (1.0), 发展 (1.0), 十 (0.4), …
   *   no counterpart needed: 关于, 的, for
   * </pre>
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "score %.3f = zh %.3f × en %.3f × (0.8 + 0.2 × prior %.3f)\n", score,
        chineseCoverage, englishCoverage, lengthPrior));
    for (WordPair pair : pairs) {
      out.append("  ").append(pair.chinese().text()).append(" ↔ ");
      for (int i = 0; i < pair.english().size(); i++) {
        out.append(i == 0 ? "" : " ").append(pair.english().get(i).text());
      }
      out.append(String.format(Locale.ROOT, "  %s %.2f\n", pair.evidence(), pair.strength()));
    }
    appendWords(out, "unaligned zh", unalignedChinese, true);
    appendWords(out, "unaligned en", unalignedEnglish, true);
    StringBuilder free = new StringBuilder();
    for (Word word : unalignedChinese) {
      if (word.weight() == 0) {
        free.append(free.length() == 0 ? "" : ", ").append(word.text());
      }
    }
    for (Word word : unalignedEnglish) {
      if (word.weight() == 0) {
        free.append(free.length() == 0 ? "" : ", ").append(word.text());
      }
    }
    if (free.length() > 0) {
      out.append("  no counterpart needed: ").append(free).append("\n");
    }
    return out.toString();
  }

  private static void appendWords(StringBuilder out, String label, List<Word> words, boolean weighted) {
    StringBuilder line = new StringBuilder();
    for (Word word : words) {
      if (weighted && word.weight() > 0) {
        line.append(line.length() == 0 ? "" : ", ").append(word.text())
            .append(String.format(Locale.ROOT, " (%.1f)", word.weight()));
      }
    }
    if (line.length() > 0) {
      out.append("  ").append(label).append(": ").append(line).append("\n");
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Alignment[%.3f:", score));
    for (WordPair pair : pairs) {
      out.append(' ').append(pair.chinese().text()).append('=');
      for (int i = 0; i < pair.english().size(); i++) {
        out.append(i == 0 ? "" : "_").append(pair.english().get(i).text());
      }
    }
    return out.append(']').toString();
  }
}
