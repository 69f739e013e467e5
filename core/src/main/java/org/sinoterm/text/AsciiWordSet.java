package org.sinoterm.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A small set of lower-case ASCII words that a range of text is looked up in, in any letter case, without building a
 * string: "Plan", "PLAN" and "plan" are all "plan". A character outside ASCII matches none, which is what lower-casing
 * the range first would give for words without a "k" (the Kelvin sign lower-cases to one). Immutable and thread-safe.
 */
public final class AsciiWordSet {

  /**
   * The words by length: {@code byLength[n]} are the words of n characters. Arrays, so that a lookup allocates no
   * iterator (lists of two implementations kept escape analysis from removing it).
   */
  private final String[][] byLength;

  /**
   * A set of {@code words}.
   *
   * @throws IllegalArgumentException if a word is empty or has a character that is not lower-case ASCII
   */
  public AsciiWordSet(Collection<String> words) {
    List<List<String>> lists = new ArrayList<>();
    for (String word : words) {
      if (!isLowerCaseAscii(word)) {
        throw new IllegalArgumentException("not a lower-case ASCII word: '" + word + "'");
      }
      while (lists.size() <= word.length()) {
        lists.add(new ArrayList<>());
      }
      if (!lists.get(word.length()).contains(word)) {
        lists.get(word.length()).add(word);
      }
    }
    this.byLength = new String[lists.size()][];
    for (int n = 0; n < byLength.length; n++) {
      byLength[n] = lists.get(n).toArray(new String[0]);
    }
  }

  private static boolean isLowerCaseAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** True if {@code text[start, end)}, with its ASCII capitals lower-cased, is one of the words. */
  public boolean contains(CharSequence text, int start, int end) {
    int length = end - start;
    if (length <= 0 || length >= byLength.length) {
      return false;
    }
    for (String word : byLength[length]) {
      int k = 0;
      while (k < length && lowerAscii(text.charAt(start + k)) == word.charAt(k)) {
        k++;
      }
      if (k == length) {
        return true;
      }
    }
    return false;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
