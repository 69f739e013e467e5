package org.sinoterm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sinoterm.text.Characters;

/**
 * The English words of a text as the aligner sees them: "the 14th Five-Year Plan for China's Robotics Industry"
 * → the, 14th, Five, Year, Plan, for, China's, Robotics, Industry, each with its offsets, its key
 * ({@link EnglishStemmer}: {@code 14th, 5, year, plan, china, robot, industri}), whether it is a function word
 * that needs no counterpart (the, for) and its number value (14, 5). Hyphenated words are split at the hyphen,
 * so that "Five-Year" meets "five year" and "high-quality" meets "high quality"; "R&amp;D" becomes R, D. An
 * ordinal suffix in HTML markup, as Markdown briefs write it ("14&lt;sup&gt;th&lt;/sup&gt;"), is one word, 14th.
 *
 * <p>Linear in the text. Immutable.
 */
public final class EnglishTokens {

  /** Words that a Chinese title never needs a counterpart for: articles, prepositions, conjunctions. */
  static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "on", "for", "in", "to", "and", "or",
      "with", "by", "at", "from", "into", "its", "their", "his", "her", "this", "that", "these", "those", "as",
      "regarding", "concerning", "about", "over", "under", "between", "among", "through", "towards", "toward",
      "upon", "within", "is", "are", "be", "been", "was", "were", "it", "s", "amp", "etc", "re", "vs");

  /**
   * One word.
   *
   * @param text the word as written
   * @param start offset in the text the tokens were read from
   * @param end end offset (exclusive)
   * @param key the comparison key
   * @param function true for a function word
   * @param number the value of a number or ordinal ("2021", "ten", "14th", "fourteenth"), or -1
   */
  public record Token(String text, int start, int end, String key, boolean function, long number) {

    /** True if the word starts with an upper-case letter or a digit: "Plan", "14th". */
    public boolean capitalized() {
      char c = text.charAt(0);
      return Character.isUpperCase(c) || Character.isDigit(c);
    }
  }

  private static final String SUP = "<sup>";
  private static final String SUP_END = "</sup>";

  private final List<Token> tokens;

  private EnglishTokens(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /** The words of {@code text[from, to)}, with offsets into {@code text}. */
  public static EnglishTokens of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = Math.max(0, from);
    int limit = Math.min(text.length(), to);
    while (i < limit) {
      if (!Characters.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder word = new StringBuilder();
      while (i < limit) {
        if (Characters.isWordChar(text.charAt(i)) || isInnerApostrophe(text, i, limit)) {
          word.append(text.charAt(i++));
        } else if (text.startsWith(SUP, i) && Character.isDigit(text.charAt(i - 1))) {
          int close = -1;
          for (int length = 1; length <= 2 && close < 0; length++) { // an ordinal suffix: st, nd, rd, th
            int at = i + SUP.length() + length;
            if (at + SUP_END.length() <= limit && text.startsWith(SUP_END, at)) {
              close = at;
            }
          }
          if (close < 0) {
            break;
          }
          word.append(text, i + SUP.length(), close); // 14<sup>th</sup> reads as 14th
          i = close + SUP_END.length();
        } else {
          break;
        }
      }
      String key = EnglishStemmer.key(word.toString());
      if (!key.isEmpty()) {
        out.add(new Token(text.substring(start, i), start, i, key, FUNCTION_WORDS.contains(key), number(key)));
      }
    }
    return new EnglishTokens(out);
  }

  /** The words of a whole text. */
  public static EnglishTokens of(String text) {
    return of(text, 0, text.length());
  }

  /** The keys of an English form from a dictionary ("Guiding Opinions" → guid, opinion), function words too. */
  static List<Token> keysOf(String form) {
    return of(form).tokens;
  }

  private static boolean isInnerApostrophe(String text, int i, int limit) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < limit && Characters.isWordChar(text.charAt(i - 1))
        && Characters.isWordChar(text.charAt(i + 1));
  }

  /** The value of "2021", "10", "14th", "1st" (after {@link EnglishStemmer#key}), or -1. */
  private static long number(String key) {
    int n = key.length();
    int digits = 0;
    while (digits < n && key.charAt(digits) >= '0' && key.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 12) {
      return -1;
    }
    String rest = key.substring(digits);
    if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) {
      return -1;
    }
    return Long.parseLong(key.substring(0, digits));
  }

  /** The words, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The number of words. */
  public int size() {
    return tokens.size();
  }

  /** Word {@code i}. */
  public Token get(int i) {
    return tokens.get(i);
  }
}
