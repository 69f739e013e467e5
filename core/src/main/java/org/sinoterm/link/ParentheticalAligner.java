package org.sinoterm.link;

import java.util.Objects;
import java.util.Optional;
import org.sinoterm.align.Segmentations;
import org.sinoterm.align.WordAligner;
import org.sinoterm.text.Characters;

/**
 * Finds the English side of a parenthetical translation by word alignment, in both orders.
 *
 * <p>English first: in "On Monday the State Council issued the Guiding Opinions on Promoting AI
 * (关于促进人工智能发展的指导意见)" the English has no marked left edge; every word start of a bounded window before
 * the bracket is scored by the {@link WordAligner} and the best one wins, here "Guiding" (the words before it
 * are unaligned and would lower the English coverage; "the" adds nothing, and of equal scores the shorter span
 * wins, so articles stay outside). Chinese first: in "数字经济领域“两区”建设工作方案（Work Plan for …）" and
 * "《…》(…)" the English is the bracket's content, and alignment chooses where it ends ("(Work Plan …, Link)").
 *
 * <p>The window stops at a line break, at the end of a sentence (. ! ? followed by a space), at a colon,
 * semicolon or bullet, at Chinese text, and after {@value #MAX_WORDS} words, so the work for one bracket is
 * bounded: the alignment's links are found once, then each candidate boundary costs one linear pass. Quotes
 * need no rule: in "its transformation into a “transportation superpower” (交通强国)" the words before the
 * quotes are unaligned and stay out, while in "Interpretation of the “… Action Plan (2021-2023)”
 * (《…》解读)" the word before them renders 解读 and comes in.
 *
 * <p>All offsets are offsets of the normalized text given. Immutable and thread-safe.
 */
public final class ParentheticalAligner {

  /** The most English words a rendering before a bracket may have. */
  public static final int MAX_WORDS = 40;
  /** The longest bracket content read, in characters. */
  public static final int MAX_BRACKET = 400;

  /**
   * A Chinese span and the English span chosen for it.
   *
   * @param englishStart start of the English, inclusive
   * @param englishEnd end of the English, exclusive
   * @param chineseStart start of the Chinese
   * @param chineseEnd end of the Chinese
   * @param score the alignment score of the two spans, in [0, 1]
   * @param englishFirst true for "EN (ZH)", false for "ZH (EN)"
   */
  public record Pair(int englishStart, int englishEnd, int chineseStart, int chineseEnd, double score,
      boolean englishFirst) {
  }

  private final WordAligner aligner;

  /** A chooser on the given aligner. */
  public ParentheticalAligner(WordAligner aligner) {
    this.aligner = Objects.requireNonNull(aligner, "aligner");
  }

  /**
   * "EN (ZH)": the English before the bracket that holds {@code text[chineseStart, chineseEnd)}. The bracket is
   * found before {@code chineseStart} across spaces, quotes and 《; empty if there is none, or no English word
   * before it aligns.
   */
  public Optional<Pair> englishBefore(String text, int chineseStart, int chineseEnd) {
    return englishBefore(text, chineseStart, chineseEnd, new Segmentations());
  }

  /** {@link #englishBefore(String, int, int)}, with the document's segmentations remembered in {@code memo}. */
  public Optional<Pair> englishBefore(String text, int chineseStart, int chineseEnd, Segmentations memo) {
    if (!validSpan(text, chineseStart, chineseEnd)) {
      return Optional.empty();
    }
    int open = chineseStart - 1;
    while (open >= 0 && isOpeningDecoration(text.charAt(open))) {
      open--;
    }
    if (open < 0 || !isOpenBracket(text.charAt(open))) {
      return Optional.empty();
    }
    int end = open;
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    int windowStart = windowStart(text, end);
    String zh = text.substring(chineseStart, chineseEnd);
    WordAligner.Rendering rendering = aligner.bestStart(zh, text, windowStart, end, memo);
    if (rendering == null) {
      return Optional.empty();
    }
    return Optional.of(new Pair(rendering.start(), closeOpened(text, rendering.start(), rendering.end(), open),
        chineseStart, chineseEnd, rendering.score(), true));
  }

  /**
   * Extends a rendering that ends inside a bracket or quote it opened to the closing mark: "… Action Plan
   * (2021-2023" → "… Action Plan (2021-2023)", and "Interpretation of the "… (2021-2023)" → with its closing
   * quote. Never past {@code limit}.
   */
  static int closeOpened(String text, int start, int end, int limit) {
    int depth = 0;
    int quotes = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isOpenBracket(c)) {
        depth++;
      } else if (isCloseBracket(c) && depth > 0) {
        depth--;
      } else if (c == '"') {
        quotes++;
      }
    }
    int e = end;
    while (depth > 0) {
      int next = e;
      while (next < limit && isBlank(text.charAt(next))) {
        next++;
      }
      if (next < limit && isCloseBracket(text.charAt(next))) {
        e = next + 1;
        depth--;
      } else {
        break;
      }
    }
    if (quotes % 2 == 1) {
      int next = e;
      while (next < limit && isBlank(text.charAt(next))) {
        next++;
      }
      if (next < limit && text.charAt(next) == '"') {
        e = next + 1;
      }
    }
    return e;
  }

  /**
   * "ZH (EN)" and "《ZH》（EN）": the English inside the bracket that follows {@code text[chineseStart,
   * chineseEnd)} (across spaces and a closing 》 or quote). Empty if there is no such bracket, its content has
   * Chinese, or nothing in it aligns.
   */
  public Optional<Pair> englishAfter(String text, int chineseStart, int chineseEnd) {
    return englishAfter(text, chineseStart, chineseEnd, new Segmentations());
  }

  /** {@link #englishAfter(String, int, int)}, with the document's segmentations remembered in {@code memo}. */
  public Optional<Pair> englishAfter(String text, int chineseStart, int chineseEnd, Segmentations memo) {
    if (!validSpan(text, chineseStart, chineseEnd)) {
      return Optional.empty();
    }
    int open = chineseEnd;
    while (open < text.length() && (isBlank(text.charAt(open)) || text.charAt(open) == '》' || isQuote(text.charAt(open)))) {
      open++;
    }
    if (open >= text.length() || !isOpenBracket(text.charAt(open))) {
      return Optional.empty();
    }
    int close = matchingClose(text, open);
    if (close < 0) {
      return Optional.empty();
    }
    for (int i = open + 1; i < close; i++) {
      if (Characters.isHan(text.charAt(i))) {
        return Optional.empty();
      }
    }
    String zh = text.substring(chineseStart, chineseEnd);
    WordAligner.Rendering rendering = aligner.bestEnd(zh, text, open + 1, close, memo);
    if (rendering == null) {
      return Optional.empty();
    }
    return Optional.of(new Pair(rendering.start(), closeOpened(text, rendering.start(), rendering.end(), close),
        chineseStart, chineseEnd, rendering.score(), false));
  }

  /** The closing bracket that matches the one at {@code open}, within {@link #MAX_BRACKET}; -1 if none. */
  static int matchingClose(String text, int open) {
    int depth = 0;
    int limit = Math.min(text.length(), open + MAX_BRACKET);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (isOpenBracket(c)) {
        depth++;
      } else if (isCloseBracket(c)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Where the English window before {@code end} starts: after a line or sentence end, or MAX_WORDS words back. */
  private static int windowStart(String text, int end) {
    int words = 0;
    int i = end;
    boolean inWord = false;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c == '\n' || c == '\r' || c == ':' || c == ';' || c == '\u2022' || c == '|' || Characters.isHan(c)
          || c == '》' || c == '\u3002') {
        break;
      }
      if ((c == '.' || c == '!' || c == '?') && i < end && isBlank(text.charAt(i))) {
        break;
      }
      boolean wordChar = Characters.isWordChar(c);
      if (wordChar && !inWord) {
        words++;
        if (words > MAX_WORDS) {
          break;
        }
      }
      inWord = wordChar;
      i--;
    }
    // i is at the boundary; if the last word counted was cut off by the word limit, move to its end
    if (words > MAX_WORDS) {
      while (i < end && Characters.isWordChar(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean validSpan(String text, int start, int end) {
    return text != null && start >= 0 && end <= text.length() && start < end;
  }

  /** The opening brackets around a rendering. */
  static final String OPEN_BRACKETS = "([【（〔";

  static boolean isOpenBracket(char c) {
    return OPEN_BRACKETS.indexOf(c) >= 0;
  }

  static boolean isCloseBracket(char c) {
    return c == ')' || c == ']' || c == '】' || c == '）' || c == '〕';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** What may stand between an opening bracket and the Chinese it holds: spaces, quotes, 《. */
  private static boolean isOpeningDecoration(char c) {
    return isBlank(c) || c == '《' || isQuote(c);
  }
}
