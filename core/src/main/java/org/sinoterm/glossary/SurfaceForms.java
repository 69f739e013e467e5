package org.sinoterm.glossary;

import java.util.List;
import org.sinoterm.Entity;
import org.sinoterm.align.EnglishTokens;
import org.sinoterm.text.Characters;
import org.sinoterm.text.TextNormalizer;

/**
 * The comparison key of a written form, under which its spellings meet: "State-owned Enterprises",
 * "ｓｔａｔｅ-owned enterprise" and "the state owned enterprises" → {@code state own enterpris}; 國務院 and 国务院 →
 * {@code 国务院}; 《中国制造2025》 and "中国制造2025" → {@code 中国制造2025}.
 *
 * <p>Both languages are width-folded, quote-unified and simplified by {@link TextNormalizer}, and folded to lower
 * case. English is then read as the aligner's words ({@link EnglishTokens}: hyphens split words, plurals and
 * inflections are folded by Porter stemming, number words become digits) without leading function words; Chinese
 * loses its white space, title marks and quotes. Also cleans a form for display: runs of white space, control
 * characters and lone surrogates become one space. Immutable and thread-safe.
 */
final class SurfaceForms {

  private final TextNormalizer normalizer = new TextNormalizer();

  /** The comparison key of {@code text} written in {@code lang}; never empty for a form with a letter or digit. */
  String key(String lang, String text) {
    String normalized = normalizer.normalize(text).text();
    if (Entity.EN.equals(lang)) {
      List<EnglishTokens.Token> tokens = EnglishTokens.of(normalized).tokens();
      int first = 0;
      while (first < tokens.size() && tokens.get(first).function()) {
        first++;
      }
      if (first < tokens.size()) {
        StringBuilder key = new StringBuilder();
        for (int i = first; i < tokens.size(); i++) {
          key.append(i == first ? "" : " ").append(tokens.get(i).key());
        }
        return key.toString();
      }
    }
    StringBuilder key = new StringBuilder(normalized.length());
    String folded = Characters.fold(normalized);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isISOControl(c) && "《》〈〉<>\"'".indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * {@code text} with each run of white space, control characters and lone surrogates replaced by one space, and
   * stripped: what a glossary shows of a form or a context.
   */
  static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
          || (Character.isSurrogate(c) && !pair) || c == '\uFFFE' || c == '\uFFFF' || c == '\uFEFF') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
      if (pair) {
        out.append(text.charAt(++i));
      }
    }
    return out.toString();
  }
}
