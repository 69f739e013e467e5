package org.sinoterm.text;

/**
 * Character classes the recognizers share. Han means the CJK ideographs of the Unicode Han script (including the
 * extensions outside the BMP); "word" characters are letters and digits of other scripts, which is what whole-word
 * matching of Latin text looks at.
 */
public final class Characters {

  private Characters() {
  }

  /** True for a Han ideograph (Unicode script Han), such as 国 or 𠀀; false for CJK punctuation such as 《. */
  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        && Character.isLetter(codePoint);
  }

  /** True for a Han ideograph in the Basic Multilingual Plane, the common case, tested without a table lookup. */
  public static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c == '\u3007');
  }

  /** True for 0 to 9: what {@code \d} matches in a Java pattern. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True for a to z and A to Z. */
  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** True for a letter or digit that is not Han: the characters that make up a Latin-script word. */
  public static boolean isWordChar(char c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : !isHan(c) && Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  /** True if {@code text} contains at least one Han character. */
  public static boolean containsHan(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHan(c) || (Character.isHighSurrogate(c) && i + 1 < text.length()
          && isHan(Character.toCodePoint(c, text.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code text} has at least one letter and no lower-case letter: "MIIT", "5G"; not "SMEs". */
  public static boolean isUpperCaseWord(CharSequence text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  /**
   * Folds one character to lower case the same way everywhere, independent of the default locale. ASCII and Han
   * characters are answered without Java's case tables, whose lookups miss the processor's caches in mixed text.
   */
  public static char fold(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : isHan(c) ? c : Character.toLowerCase(c);
  }

  /** Folds a string to lower case character by character; the result has the same length. */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }
}
