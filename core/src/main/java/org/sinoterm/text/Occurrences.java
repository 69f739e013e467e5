package org.sinoterm.text;

/**
 * The positions of a few characters in a text, in increasing order — the opening brackets that the definition and
 * gloss detectors start from:
 *
 * <pre>
 *   Occurrences brackets = new Occurrences(text, "([");
 *   for (int open = brackets.next(); open >= 0; open = brackets.next()) { … }
 * </pre>
 *
 * Each character is looked for with {@link String#indexOf(int, int)}, which the JVM compiles to a vectorized
 * search, instead of testing every character of the text in a loop. A cursor for one loop; not thread-safe.
 */
public final class Occurrences {

  private final String text;
  private final String chars;
  private final int[] next; // per character, its next position at or after the cursor, or -1

  /** The occurrences in {@code text} of each character of {@code chars} (which must be distinct). */
  public Occurrences(String text, String chars) {
    this.text = text;
    this.chars = chars;
    this.next = new int[chars.length()];
    for (int k = 0; k < next.length; k++) {
      next[k] = text.indexOf(chars.charAt(k));
    }
  }

  /** The next position of one of the characters, after the one returned before; -1 after the last. */
  public int next() {
    int least = -1;
    int which = -1;
    for (int k = 0; k < next.length; k++) {
      if (next[k] >= 0 && (least < 0 || next[k] < least)) {
        least = next[k];
        which = k;
      }
    }
    if (which >= 0) {
      next[which] = text.indexOf(chars.charAt(which), least + 1);
    }
    return least;
  }
}
