package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sinoterm.text.Characters;

/**
 * The tokens of one line of English text, as the English title grammar reads them: words (with inner hyphens,
 * apostrophes, ampersands and periods: "Five-Year", "China's", "R&D"; an ordinal written with HTML superscript,
 * "14&lt;sup&gt;th&lt;/sup&gt;", is one word), quotes, brackets, and everything else as punctuation.
 */
final class EnglishWords {

  enum Kind { WORD, QUOTE, OPEN, CLOSE, PUNCT, HAN }

  /** One token at normalized offsets {@code [start, end)}. */
  record Token(int start, int end, Kind kind, String text) {

    boolean isWord() {
      return kind == Kind.WORD;
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    /** Starts with a capital or a digit: "Plan", "5G", "14th", "Three-year". */
    boolean isCapitalized() {
      return kind == Kind.WORD && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    boolean isNumber() {
      if (kind != Kind.WORD) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != '.' && text.charAt(i) != ',') {
          return false;
        }
      }
      return true;
    }

    boolean isPossessive() {
      return kind == Kind.WORD && (text.endsWith("'s") || text.endsWith("s'"));
    }
  }

  /** Small words that stay lower case inside a title: "Plan for the Development of …". */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "of", "for", "on", "in", "to", "with", "by",
      "at", "from", "into", "under", "through", "towards", "toward", "between", "among", "its", "their", "or", "via",
      "over", "during", "against", "within", "as", "per", "&", "upon", "regarding", "concerning", "about", "around",
      "across", "beyond", "amid", "after", "before", "until", "till", "up", "out", "off");
  /** The words that introduce what a head noun is about: "Plan for …", "Notice on …", "Law of …". */
  static final Set<String> PREPOSITIONS = Set.of("for", "on", "of", "to", "regarding", "concerning", "about", "in",
      "during", "through", "towards", "under", "governing", "against");

  private EnglishWords() {
  }

  /** The tokens of {@code t[start, end)}. */
  static List<Token> tokenize(String t, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (Characters.isWordChar(c)) {
        int j = wordEnd(t, i, end);
        tokens.add(new Token(i, j, Kind.WORD, t.substring(i, j)));
        i = j;
      } else if (c == '"') {
        tokens.add(new Token(i, i + 1, Kind.QUOTE, "\""));
        i++;
      } else if (c == '(' || c == '[') {
        tokens.add(new Token(i, i + 1, Kind.OPEN, String.valueOf(c)));
        i++;
      } else if (c == ')' || c == ']') {
        tokens.add(new Token(i, i + 1, Kind.CLOSE, String.valueOf(c)));
        i++;
      } else if (Characters.isHan(c) || c == '《' || c == '》') {
        tokens.add(new Token(i, i + 1, Kind.HAN, String.valueOf(c)));
        i++;
      } else if (c == '&' && i + 1 < end && t.charAt(i + 1) == ' ') {
        tokens.add(new Token(i, i + 1, Kind.WORD, "&"));
        i++;
      } else {
        tokens.add(new Token(i, i + 1, Kind.PUNCT, String.valueOf(c)));
        i++;
      }
    }
    return tokens;
  }

  private static int wordEnd(String t, int start, int end) {
    int j = start;
    while (j < end) {
      char c = t.charAt(j);
      if (Characters.isWordChar(c)) {
        j++;
      } else if ((c == '-' || c == '\'' || c == '&' || c == '.' || c == '+') && j + 1 < end
          && Characters.isWordChar(t.charAt(j + 1)) && j > start) {
        j++;
      } else if (c == '<' && t.startsWith("<sup>", j) && j > start && Character.isDigit(t.charAt(j - 1))) {
        int close = -1;
        for (int k = j + 5; k + 6 <= end && k - j <= 9; k++) {
          if (t.startsWith("</sup>", k)) {
            close = k;
            break;
          }
        }
        if (close < 0) {
          break;
        }
        j = close + 6;
      } else {
        break;
      }
    }
    return j;
  }

  /** True for an ordinal: "14th", "3rd", "14&lt;sup&gt;th&lt;/sup&gt;". */
  static boolean isOrdinal(Token token) {
    if (!token.isWord() || !Character.isDigit(token.text().charAt(0))) {
      return false;
    }
    String lower = token.lower().replace("<sup>", "").replace("</sup>", "");
    int i = 0;
    while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
      i++;
    }
    String suffix = lower.substring(i);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }
}
