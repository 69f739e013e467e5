package org.sinoterm.text;

import java.util.Objects;
import org.sinoterm.Span;

/**
 * A normalized copy of a text together with the map from its offsets back to the original.
 *
 * <p>Recognizers work on {@link #text()}, in which full-width forms, quotes, dashes and spaces are unified and
 * traditional characters are simplified; they report spans in normalized offsets and {@link #toOriginal(int, int)}
 * turns those into spans of {@link #original()}. For original {@code "ＭＩＩＴ\u200B發布"} the normalized text is
 * {@code "MIIT发布"} and normalized {@code [4, 6)} maps to original {@code [5, 7)}.
 *
 * <p>{@link #folded()} is the normalized text folded to lower case character by character, for case-insensitive
 * matching at the same offsets.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  private final String folded;
  /** The folded text with whitespace runs collapsed for matching; see {@link #matchView()}. */
  private final String matchView;
  /** For each match-view char, its normalized offset; null when the view has the normalized offsets. */
  private final int[] matchOffsets;
  /** For each normalized char, the original range it came from; null when the map is the identity. */
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.folded = Characters.fold(text);
    this.starts = starts;
    this.ends = ends;
    int[][] offsets = new int[1][];
    this.matchView = collapse(folded, offsets);
    this.matchOffsets = offsets[0];
  }

  /**
   * The folded text with every run of spaces, tabs and at most one line break replaced by one space, so that a
   * name wrapped across lines ("National Medical Products⏎Administration") matches like the name on one line. A
   * run with two or more line breaks (a paragraph break) becomes a single line feed, which no name contains.
   */
  private static String collapse(String folded, int[][] offsetsOut) {
    int n = folded.length();
    boolean needsMap = false;
    boolean needsChange = false;
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (isSpace(c)) {
        if (c != ' ') {
          needsChange = true;
        }
        if (i + 1 < n && isSpace(folded.charAt(i + 1))) {
          needsMap = true;
          break;
        }
      }
    }
    if (!needsChange && !needsMap) {
      return folded;
    }
    if (!needsMap) { // single whitespace characters only: replace them in place
      char[] chars = folded.toCharArray();
      for (int i = 0; i < n; i++) {
        if (isSpace(chars[i])) {
          chars[i] = ' '; // a lone tab or line break
        }
      }
      return new String(chars);
    }
    StringBuilder view = new StringBuilder(n);
    int[] offsets = new int[n];
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      if (!isSpace(c)) {
        offsets[view.length()] = i;
        view.append(c);
        i++;
        continue;
      }
      int start = i;
      int lineBreaks = 0;
      while (i < n && isSpace(folded.charAt(i))) {
        if (folded.charAt(i) == '\n' || (folded.charAt(i) == '\r'
            && (i + 1 >= n || folded.charAt(i + 1) != '\n'))) {
          lineBreaks++;
        }
        i++;
      }
      offsets[view.length()] = start;
      view.append(spaceOrBreak(lineBreaks));
    }
    offsetsOut[0] = java.util.Arrays.copyOf(offsets, view.length());
    return view.toString();
  }

  private static char spaceOrBreak(int lineBreaks) {
    return lineBreaks >= 2 ? '\n' : ' ';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** A text that needed no normalization. */
  static NormalizedText identity(String text) {
    return new NormalizedText(text, text, null, null);
  }

  /** The caller's string. */
  public String original() {
    return original;
  }

  /** The normalized text the recognizers read. */
  public String text() {
    return text;
  }

  /** The normalized text folded to lower case; same length and offsets as {@link #text()}. */
  public String folded() {
    return folded;
  }

  /**
   * The text that dictionary automata scan: {@link #folded()} with whitespace runs (at most one line break)
   * collapsed into one space. Map its offsets back with {@link #fromMatchView(int)}.
   */
  public String matchView() {
    return matchView;
  }

  /** The normalized offset of match-view offset {@code i}; {@code matchView().length()} maps to the text length. */
  public int fromMatchView(int i) {
    if (matchOffsets == null) {
      return i;
    }
    return i < matchOffsets.length ? matchOffsets[i] : text.length();
  }

  /** The length of the normalized text. */
  public int length() {
    return text.length();
  }

  /** True if normalized and original offsets coincide. */
  public boolean isIdentityMapped() {
    return starts == null;
  }

  /**
   * Maps the normalized range {@code [start, end)} to the range of the original string it came from. The result
   * covers whole original characters: a normalized character that came from a surrogate pair maps to both halves,
   * and characters deleted inside the range (zero-width spaces) are included.
   */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of length " + text.length());
    }
    if (starts == null) {
      return new Span(start, end);
    }
    if (start == end) {
      int at = start < starts.length ? starts[start] : original.length();
      return new Span(at, at);
    }
    return new Span(starts[start], ends[end - 1]);
  }

  @Override
  public String toString() {
    return text;
  }
}
