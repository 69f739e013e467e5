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
  /** The folded text with whitespace runs collapsed for matching; see {@link #matchView()}. */
  private final String matchView;
  /**
   * The offset map of the match view, as steps: from view offset {@code viewSteps[k]} on, a view offset plus
   * {@code stepShifts[k]} is the normalized offset (each step follows a collapsed run). Empty when the view has the
   * normalized offsets; a few entries for a whole document, where a table of every offset would be four bytes a
   * character.
   */
  private final int[] viewSteps;
  private final int[] stepShifts;
  /** For each normalized char, the original range it came from; null when the map is the identity. */
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.starts = starts;
    this.ends = ends;
    MatchView view = MatchView.of(text);
    this.matchView = view.text();
    this.viewSteps = view.steps();
    this.stepShifts = view.shifts();
  }

  /**
   * The match view and its offset steps, made in one pass: the text folded to lower case, with every run of spaces,
   * tabs and at most one line break replaced by one space, so that a name wrapped across lines ("National Medical
   * Products⏎Administration") matches like the name on one line. A run with two or more line breaks (a paragraph
   * break) becomes a single line feed, which no name contains.
   */
  private record MatchView(String text, int[] steps, int[] shifts) {

    private static final int[] NONE = new int[0];

    static MatchView of(String text) {
      // In place in a copy of the text: the view is never longer than the text read so far, and an array loop
      // costs less than charAt's checks on every character.
      char[] view = text.toCharArray();
      int n = view.length;
      boolean changed = false;
      int v = 0;
      int[] steps = NONE;
      int[] shifts = NONE;
      int stepCount = 0;
      int i = 0;
      while (i < n) {
        char c = view[i];
        if (!isSpace(c)) {
          char folded = Characters.fold(c);
          changed |= folded != c || v != i;
          view[v++] = folded;
          i++;
          continue;
        }
        int runStart = i;
        int lineBreaks = 0;
        while (i < n && isSpace(view[i])) {
          if (view[i] == '\n' || (view[i] == '\r' && (i + 1 >= n || view[i + 1] != '\n'))) {
            lineBreaks++;
          }
          i++;
        }
        char space = lineBreaks >= 2 ? '\n' : ' ';
        changed |= i - runStart > 1 || c != space || v != runStart;
        view[v++] = space;
        if (i - runStart > 1) { // from the next view character on, the normalized offsets are further ahead
          if (stepCount == steps.length) {
            steps = java.util.Arrays.copyOf(steps, Math.max(8, stepCount * 2));
            shifts = java.util.Arrays.copyOf(shifts, steps.length);
          }
          steps[stepCount] = v;
          shifts[stepCount] = i - v;
          stepCount++;
        }
      }
      String viewText = changed ? new String(view, 0, v) : text;
      return new MatchView(viewText, java.util.Arrays.copyOf(steps, stepCount),
          java.util.Arrays.copyOf(shifts, stepCount));
    }
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
    return Characters.fold(text);
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
    int k = java.util.Arrays.binarySearch(viewSteps, i);
    if (k < 0) {
      k = -k - 2; // the last step at or before i
    }
    return k < 0 ? i : i + stepShifts[k];
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
