package org.sinoterm.link;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.text.Characters;

/**
 * Finds acronyms defined in the text, in both orders: "long form (SF)" and "SF (long form)", with round or square
 * brackets, after the algorithm of Schwartz and Hearst, "A Simple Algorithm for Identifying Abbreviation
 * Definitions in Biomedical Text" (PSB 2003).
 *
 * <p>The short form is a single token of two to ten characters that starts with a letter and has at least two
 * capitals (MIIT, S&amp;T, SOEs). The long form is searched among the words before the bracket, at most
 * min(|SF| + 5, 2·|SF|) of them and never across a sentence end or another bracket: the shortest run of words
 * whose characters contain the short form's letters in order, the first letter starting a word. In
 * "the Ministry of Industry and Information Technology (MIIT)" the long form is "Ministry of Industry and
 * Information Technology"; in "extracorporeal membrane oxygenation [ECMO]" it is all three words.
 *
 * <p>One algorithm for every entity type: agencies, technologies and terms all read their definitions here.
 */
public final class AcronymDefinitions {

  private static final int MAX_BRACKET_CONTENT = 160;
  private static final int MAX_WINDOW = 200;
  private static final int MAX_SHORT_FORM = 10;
  private static final String[] SHORT_FORM_LEADS = {"hereinafter referred to as ", "hereinafter ", "or ", "the "};

  private AcronymDefinitions() {
  }

  /**
   * A definition: the short form at {@code [shortStart, shortEnd)} and its long form at {@code [longStart,
   * longEnd)}, in the offsets of the text searched.
   *
   * @param shortFirst true for "SF (long form)", false for "long form (SF)"
   */
  public record Definition(int shortStart, int shortEnd, int longStart, int longEnd, boolean shortFirst) {

    /** The short form, as written in {@code text}. */
    public String shortForm(String text) {
      return text.substring(shortStart, shortEnd);
    }

    /** The long form, as written in {@code text}. */
    public String longForm(String text) {
      return text.substring(longStart, longEnd);
    }
  }

  /** Every definition in {@code text}, in text order. Linear in the length of the text. */
  public static List<Definition> find(String text) {
    List<Definition> found = new ArrayList<>();
    for (int open = 0; open < text.length(); open++) {
      char c = text.charAt(open);
      if (c != '(' && c != '[') {
        continue;
      }
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      Definition definition = longFirst(text, open, close);
      if (definition == null) {
        definition = shortFirst(text, open, close);
      }
      if (definition != null) {
        found.add(definition);
      }
    }
    return found;
  }

  /** The matching bracket on the same line, within a bounded distance, with no bracket of the kind inside. */
  private static int closing(String text, int open) {
    char opening = text.charAt(open);
    char closing = opening == '(' ? ')' : ']';
    int limit = Math.min(text.length(), open + 1 + MAX_BRACKET_CONTENT);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == closing) {
        return i;
      }
      if (c == opening || c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  private static Definition longFirst(String text, int open, int close) {
    int sfStart = open + 1;
    int sfEnd = close;
    while (sfStart < sfEnd && text.charAt(sfStart) == ' ') {
      sfStart++;
    }
    while (sfEnd > sfStart && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    for (String lead : SHORT_FORM_LEADS) {
      if (text.regionMatches(true, sfStart, lead, 0, lead.length())) {
        sfStart += lead.length();
        break;
      }
    }
    if (sfStart < sfEnd && text.charAt(sfStart) == '"' && text.charAt(sfEnd - 1) == '"' && sfEnd - sfStart > 2) {
      sfStart++;
      sfEnd--;
    }
    String shortForm = text.substring(sfStart, sfEnd);
    if (!isShortForm(shortForm)) {
      return null;
    }
    int windowEnd = open;
    while (windowEnd > 0 && text.charAt(windowEnd - 1) == ' ') {
      windowEnd--;
    }
    int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
    int windowStart = windowStart(text, windowEnd, maxWords);
    if (windowStart >= windowEnd) {
      return null;
    }
    int longStart = bestLongFormStart(letters(shortForm), text, windowStart, windowEnd);
    if (longStart < 0 || windowEnd - longStart <= shortForm.length()) {
      return null;
    }
    return new Definition(sfStart, sfEnd, longStart, windowEnd, false);
  }

  private static Definition shortFirst(String text, int open, int close) {
    int sfEnd = open;
    while (sfEnd > 0 && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    int sfStart = sfEnd;
    while (sfStart > 0 && sfEnd - sfStart <= MAX_SHORT_FORM && !Character.isWhitespace(text.charAt(sfStart - 1))
        && "([\"'".indexOf(text.charAt(sfStart - 1)) < 0) {
      sfStart--;
    }
    if (sfStart > 0 && !Character.isWhitespace(text.charAt(sfStart - 1))
        && "([\"'".indexOf(text.charAt(sfStart - 1)) < 0) {
      return null; // the token is longer than a short form
    }
    if (sfStart == sfEnd || !isShortForm(text.substring(sfStart, sfEnd))) {
      return null;
    }
    int lfStart = open + 1;
    int lfEnd = close;
    while (lfStart < lfEnd && text.charAt(lfStart) == ' ') {
      lfStart++;
    }
    while (lfEnd > lfStart && text.charAt(lfEnd - 1) == ' ') {
      lfEnd--;
    }
    if (text.regionMatches(true, lfStart, "the ", 0, 4)) {
      lfStart += 4;
    }
    if (text.substring(lfStart, lfEnd).indexOf(' ') < 0) {
      return null;
    }
    int found = bestLongFormStart(letters(text.substring(sfStart, sfEnd)), text, lfStart, lfEnd);
    if (found != lfStart) {
      return null; // the whole bracket must be the long form
    }
    return new Definition(sfStart, sfEnd, lfStart, lfEnd, true);
  }

  /**
   * Where a window of at most {@code maxWords} words (and {@link #MAX_WINDOW} characters) ending at {@code end}
   * starts. The window stops at a sentence end, a colon or semicolon, a bracket, a line break or Chinese text.
   */
  private static int windowStart(String text, int end, int maxWords) {
    int words = 0;
    int i = end;
    boolean inWord = false;
    int limit = Math.max(0, end - MAX_WINDOW);
    while (i > limit) {
      char c = text.charAt(i - 1);
      boolean sentenceEnd = (c == '.' || c == '!' || c == '?') && (i == end || text.charAt(i) == ' ');
      if (sentenceEnd || c == ';' || c == ':' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '['
          || c == ']' || c == '\u3002' || Characters.isHan(c)) {
        break;
      }
      boolean space = c == ' ' || c == '\t';
      if (space && inWord) {
        words++;
        if (words == maxWords) {
          break;
        }
      }
      inWord = !space;
      i--;
    }
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Schwartz and Hearst's search: matches the short form's characters from the right against the window, each
   * short-form character to the nearest earlier window character, the first one at the start of a word. Returns
   * the start of the word holding the first character, or -1 if the short form does not match.
   */
  private static int bestLongFormStart(String shortForm, String text, int windowStart, int windowEnd) {
    int s = shortForm.length() - 1;
    int l = windowEnd - 1;
    while (s >= 0) {
      char c = Characters.fold(shortForm.charAt(s));
      while (l >= windowStart && (Characters.fold(text.charAt(l)) != c
          || (s == 0 && l > windowStart && Characters.isWordChar(text.charAt(l - 1))))) {
        l--;
      }
      if (l < windowStart) {
        return -1;
      }
      l--;
      s--;
    }
    int start = l + 1;
    while (start > windowStart && text.charAt(start - 1) != ' ') {
      start--;
    }
    return start;
  }

  /** The letters and digits of a short form, without a plural "s": SOEs → SOE, S&amp;T → ST. */
  private static String letters(String shortForm) {
    String form = shortForm;
    if (form.length() > 2 && form.endsWith("s") && Character.isUpperCase(form.charAt(form.length() - 2))) {
      form = form.substring(0, form.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      if (Character.isLetterOrDigit(form.charAt(i))) {
        out.append(form.charAt(i));
      }
    }
    return out.toString();
  }

  /** Two to ten characters, no spaces, a letter first, at least two capitals, only letters, digits and &amp;.-. */
  static boolean isShortForm(String candidate) {
    if (candidate.length() < 2 || candidate.length() > MAX_SHORT_FORM || !Character.isLetter(candidate.charAt(0))) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitals++;
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '&' && c != '-' && c != '.') {
        return false;
      }
    }
    return capitals >= 2;
  }
}
