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
  /** For each normalized char, the original range it came from; null when the map is the identity. */
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.folded = Characters.fold(text);
    this.starts = starts;
    this.ends = ends;
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
