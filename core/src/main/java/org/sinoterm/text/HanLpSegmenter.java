package org.sinoterm.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The second class of Sinoterm that calls HanLP (after {@link HanLp}): Chinese word segmentation and pinyin, for
 * the bilingual aligner. 十部门关于印发《"十四五"医疗装备产业发展规划》的通知 → 十 | 部门 | 关于 | 印发 | 《 | " | 十四五 | " | 医疗 |
 * 装备 | 产业 | 发展 | 规划 | 》 | 的 | 通知; 合肥 → {@code hefei}.
 *
 * <p>HanLP's segmenter and its dictionaries are created on the first call of an instance, not when this class
 * loads, and never leave it: callers see only strings and offsets. HanLP's user dictionary is off, so that the
 * segments are the core dictionary's words, which the aligner then merges by its own vocabulary. A HanLP
 * segmenter does not change once configured, so one instance serves every thread.
 */
public final class HanLpSegmenter {

  /** A word of the segmented text: {@code text.substring(start, end)}. */
  public record Segment(String word, int start, int end) {
  }

  private volatile com.hankcs.hanlp.seg.Segment segmenter;

  /** Creates a segmenter; HanLP loads on its first use. */
  public HanLpSegmenter() {
  }

  /** The words of {@code text} in order, with their offsets; every character of the text is in one word. */
  public List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    List<Term> terms;
    try {
      terms = hanlp().seg(text);
    } catch (RuntimeException e) {
      // HanLP fails on some inputs it was never trained for; treat the text as one character per word.
      for (int i = 0; i < text.length(); i++) {
        int end = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? i + 2 : i + 1;
        out.add(new Segment(text.substring(i, end), i, end));
        i = end - 1;
      }
      return out;
    }
    // HanLP keeps every character and the order, so offsets follow from the lengths; a word HanLP rewrote (it
    // should not) ends the walk and the rest becomes one word.
    int at = 0;
    for (Term term : terms) {
      String word = term.word;
      if (word.isEmpty()) {
        continue;
      }
      if (!text.startsWith(word, at)) {
        break;
      }
      out.add(new Segment(word, at, at + word.length()));
      at += word.length();
    }
    if (at < text.length()) {
      out.add(new Segment(text.substring(at), at, text.length()));
    }
    return out;
  }

  /**
   * The toneless pinyin of a Han word, syllables joined in lower case: 合肥 → {@code hefei}, 西安 → {@code xian},
   * 绿色 → {@code lvse}. Characters without a reading are left out.
   */
  public String pinyin(String word) {
    StringBuilder out = new StringBuilder(word.length() * 4);
    List<Pinyin> syllables;
    try {
      syllables = HanLP.convertToPinyinList(word);
    } catch (RuntimeException e) {
      return "";
    }
    for (Pinyin syllable : syllables) {
      if (syllable != Pinyin.none5) {
        out.append(syllable.getPinyinWithoutTone());
      }
    }
    return Characters.fold(out.toString());
  }

  private com.hankcs.hanlp.seg.Segment hanlp() {
    com.hankcs.hanlp.seg.Segment s = segmenter;
    if (s == null) {
      synchronized (this) {
        s = segmenter;
        if (s == null) {
          s = HanLP.newSegment().enableCustomDictionary(false);
          segmenter = s;
        }
      }
    }
    return s;
  }
}
