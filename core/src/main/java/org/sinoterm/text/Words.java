package org.sinoterm.text;

/**
 * Looks at the Latin-script words around a position of a normalized text: the word just before or after it on
 * the same line, and whether a position starts a sentence. A word is a run of letters and digits, with inner
 * apostrophes and hyphens ("China's", "Urban-Rural").
 */
public final class Words {

  private Words() {
  }

  /** A word of the text at normalized offsets {@code [start, end)}. */
  public record Word(String text, int start, int end) {

    /** True if the first letter is upper case: "China's", "PRC". */
    public boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    /** True if the word has a letter and no lower-case letter: "MOST", "5G". */
    public boolean isUpperCase() {
      return Characters.isUpperCaseWord(text);
    }
  }

  /**
   * The first offset at or after {@code from} whose character is none of {@code chars}; the text's length if there
   * is none. Passes over the list and bold marks that may begin a labelled line ("> **Issuing bodies:**").
   */
  public static int skipAny(String text, int from, String chars) {
    int i = from;
    while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Where the line after the one containing {@code from} starts, as {@code ^} in a multiline pattern sees it (after
   * a line feed, a carriage return, both together, or a Unicode line or paragraph separator); the text's length if
   * it is the last line.
   */
  public static int nextLineStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i + 2;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * The word that ends at {@code pos}, or before it with only spaces or tabs between; null if there is none, or
   * if punctuation or a line break comes first.
   */
  public static Word before(String text, int pos) {
    int end = pos;
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordPart(text, start - 1)) {
      start--;
    }
    return start < end ? new Word(text.substring(start, end), start, end) : null;
  }

  /**
   * The word that starts at {@code pos}, or after it with only spaces or tabs between; null if there is none, or
   * if punctuation or a line break comes first.
   */
  public static Word after(String text, int pos) {
    return after(text, pos, false);
  }

  /**
   * As {@link #after(String, int)}, but when {@code acrossLineBreak} is true the blanks may include one line
   * break, so that a name wrapped across two lines reads on.
   */
  public static Word after(String text, int pos, boolean acrossLineBreak) {
    int start = pos;
    boolean lineBreakSeen = false;
    while (start < text.length()) {
      char c = text.charAt(start);
      if (isBlank(c) || c == '\r' && acrossLineBreak) {
        start++;
      } else if (c == '\n' && acrossLineBreak && !lineBreakSeen) {
        lineBreakSeen = true;
        start++;
      } else {
        break;
      }
    }
    int end = start;
    while (end < text.length() && isWordPart(text, end)) {
      end++;
    }
    return start < end ? new Word(text.substring(start, end), start, end) : null;
  }

  /**
   * True if {@code pos} begins a sentence, a line or a list item: only spaces lie between it and the start of the
   * text, a line break, a sentence end ({@code . ! ? 。}), a colon, a semicolon, an opening bracket, a bullet, or
   * markup such as {@code **}.
   */
  public static boolean startsSentence(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && (isBlank(text.charAt(i)) || text.charAt(i) == '*' || text.charAt(i) == '_'
        || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '('
        || c == '[' || c == '\u3002' || c == '\u2022' || c == '-' || c == '#' || c == '>' || c == '|';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** A letter or digit, or an apostrophe or hyphen between two of them. */
  private static boolean isWordPart(String text, int i) {
    char c = text.charAt(i);
    if (Characters.isWordChar(c)) {
      return true;
    }
    return (c == '\'' || c == '-') && i > 0 && i + 1 < text.length()
        && Characters.isWordChar(text.charAt(i - 1)) && Characters.isWordChar(text.charAt(i + 1));
  }
}
