package org.sinoterm.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One of the two classes of Sinoterm that call HanLP (the other, {@link HanLpSegmenter}, segments words and
 * gives pinyin for the aligner). HanLP keeps its dictionaries in static fields that load on first use; keeping
 * every call in these two classes means they load lazily, only when Chinese text is seen, and that HanLP's types
 * never appear in Sinoterm's API.
 */
public final class HanLp {

  /** Most characters HanLP may drop between two words (whitespace) before a word counts as lost. */
  private static final int MAX_GAP = 16;

  private HanLp() {
  }

  /**
   * Converts traditional Chinese characters to simplified ones (國務院 → 国务院), leaving simplified text,
   * punctuation and other scripts as they are. The result may differ in length from the input when a character
   * maps to one outside the Basic Multilingual Plane; callers that need offsets convert short runs and check.
   */
  public static String toSimplified(String text) {
    BitSet keyChars = TraditionalKeys.CHARS;
    if (keyChars != null && !containsAny(text, keyChars)) {
      return text; // no entry of the dictionary can match: most Chinese text is simplified already
    }
    return HanLP.convertToSimplifiedChinese(text);
  }

  private static boolean containsAny(String text, BitSet chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every character of the traditional side of HanLP's conversion dictionary ({@code t2s.txt}, one {@code
   * traditional=simplified} entry per line, read where HanLP reads it): HanLP replaces only where an entry matches, so
   * a text with none of these characters converts to itself. Null if the file cannot be read; then every text is
   * converted. Loaded on first use.
   */
  private static final class TraditionalKeys {
    static final BitSet CHARS = read();

    private static BitSet read() {
      BitSet chars = new BitSet(1 << 16);
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(
          IOUtil.newInputStream(HanLP.Config.tcDictionaryRoot + "t2s.txt"), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int equals = line.indexOf('=');
          for (int i = 0; i < (equals < 0 ? line.length() : equals); i++) {
            chars.set(line.charAt(i));
          }
        }
      } catch (IOException | RuntimeException e) {
        return null;
      }
      return chars;
    }
  }

  /**
   * A word of a segmented Chinese text: its offsets in the text given to {@link #segment(String)}, the word, and its
   * HanLP part-of-speech tag (PKU/ICTCLAS style: {@code n} noun, {@code vn} verbal noun, {@code nz} other proper
   * noun, {@code ns} place, {@code a} adjective, {@code v} verb, …).
   */
  public record Word(int start, int end, String text, String tag) {
  }

  /**
   * Segments {@code text} into words with part-of-speech tags, with HanLP's default (Viterbi) segmenter. Words
   * whose text cannot be found in order in {@code text} (HanLP may drop whitespace) are skipped, so every offset
   * points into {@code text}. Never throws on text; an internal HanLP failure gives no words.
   */
  public static List<Word> segment(String text) {
    List<Word> words = new ArrayList<>();
    List<Term> terms;
    try {
      terms = HanLP.segment(text);
    } catch (RuntimeException e) {
      return words; // HanLP's own bug on some input; fewer words, never an exception
    }
    int cursor = 0;
    for (Term term : terms) {
      if (term.word == null || term.word.isEmpty()) {
        continue;
      }
      int at = find(text, term.word, cursor);
      if (at < 0) {
        continue;
      }
      String tag = term.nature == null ? "" : term.nature.toString();
      words.add(new Word(at, at + term.word.length(), term.word, tag));
      cursor = at + term.word.length();
    }
    return words;
  }

  /**
   * Where {@code word} occurs in {@code text} at most {@link #MAX_GAP} characters after {@code from}, or -1. Bounded,
   * unlike {@code indexOf}, which would scan the rest of the text for every word HanLP rewrote: quadratic on a long
   * text.
   */
  private static int find(String text, String word, int from) {
    int last = Math.min(from + MAX_GAP, text.length() - word.length());
    for (int at = from; at <= last; at++) {
      if (text.startsWith(word, at)) {
        return at;
      }
    }
    return -1;
  }
}
