package org.sinoterm.glossary;

/**
 * The short context of a mention: the sentence around it, cut to about 60 characters on each side, with white space
 * collapsed. In "Issuing bodies: MIIT; NHC. The plan runs to 2025." the context of NHC is "Issuing bodies: MIIT;
 * NHC."; a sentence cut short shows "…" where it was cut.
 */
final class Contexts {

  /** Characters kept on each side of the mention. */
  static final int RADIUS = 60;
  /** The longest mention shown whole; a longer one (a hostile 10,000-character title) is cut. */
  static final int MAX_MENTION = 240;

  private Contexts() {
  }

  /** The context of {@code text[start, end)}. */
  static String of(String text, int start, int end) {
    int n = text.length();
    start = Math.max(0, Math.min(start, n));
    end = Math.max(start, Math.min(end, n));
    boolean cutMention = end - start > MAX_MENTION;
    if (cutMention) {
      end = start + MAX_MENTION;
    }
    int from = Math.max(0, start - RADIUS);
    int to = cutMention ? end : Math.min(n, end + RADIUS);
    int s = start;
    while (s > from && !endsSentence(text, s - 1)) {
      s--;
    }
    int e = end;
    while (e < to && !endsSentence(text, e)) {
      e++;
    }
    boolean sentenceEnd = e < n && endsSentence(text, e);
    boolean cutAfter = cutMention || (e < n && !sentenceEnd);
    if (sentenceEnd && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
      e++; // the sentence's own full stop
    }
    boolean cutBefore = s > 0 && !endsSentence(text, s - 1);
    // a cut sentence starts and ends at a word boundary when there is one
    if (cutBefore) {
      for (int i = s; i < start; i++) {
        if (Character.isWhitespace(text.charAt(i))) {
          s = i + 1;
          break;
        }
      }
    }
    if (cutAfter && !cutMention) {
      for (int i = e - 1; i >= end; i--) {
        if (Character.isWhitespace(text.charAt(i))) {
          e = i;
          break;
        }
      }
    }
    // never split a surrogate pair
    if (s > 0 && s < n && Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1))) {
      s++;
    }
    if (e > 0 && e < n && Character.isLowSurrogate(text.charAt(e)) && Character.isHighSurrogate(text.charAt(e - 1))) {
      e--;
    }
    String body = SurfaceForms.clean(text.substring(s, Math.max(s, e)));
    return (cutBefore ? "…" : "") + body + (cutAfter ? "…" : "");
  }

  /**
   * True if the character at {@code i} ends a sentence: a line break, a Chinese full stop, exclamation or question
   * mark, or a Latin one followed by white space (not the point of "1.3", "U.S." or "No.5").
   */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }
}
