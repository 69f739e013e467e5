package org.sinoterm.text;

import com.hankcs.hanlp.HanLP;

/**
 * One of the two classes of Sinoterm that call HanLP (the other, {@link HanLpSegmenter}, segments words and
 * gives pinyin for the aligner). HanLP keeps its dictionaries in static fields that load on first use; keeping
 * every call in these two classes means they load lazily, only when Chinese text is seen, and that HanLP's types
 * never appear in Sinoterm's API.
 */
public final class HanLp {

  private HanLp() {
  }

  /**
   * Converts traditional Chinese characters to simplified ones (國務院 → 国务院), leaving simplified text,
   * punctuation and other scripts as they are. The result may differ in length from the input when a character
   * maps to one outside the Basic Multilingual Plane; callers that need offsets convert short runs and check.
   */
  public static String toSimplified(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }
}
