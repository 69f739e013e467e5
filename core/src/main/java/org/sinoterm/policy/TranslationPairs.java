package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the Chinese and English renderings of one policy that stand side by side: "EN (ZH)", "ZH (EN)",
 * "《ZH》（EN）", and list lines "ZH EN (date)"; then, for titles still unpaired, renderings of the same catalog
 * policy anywhere in the document. Each title is paired at most once, with its nearest partner.
 */
final class TranslationPairs {

  /** An English and a Chinese title of the same policy, and how sure the pairing is. */
  record Pair(FoundTitle en, FoundTitle zh, double score) {
  }

  /** What may stand between two renderings side by side: spaces, brackets, marks, quotes, a colon or a dash. */
  private static final String BETWEEN = " \t()[]【】《》\"':-/|*";
  private static final int MAX_GAP = 8;
  /** How many catalog titles either side of an English one are looked at for its partner. */
  private static final int NEAREST = 4;

  private TranslationPairs() {
  }

  /** The pairs among {@code titles}, which must not overlap and be sorted by start. */
  static List<Pair> find(String t, List<FoundTitle> titles) {
    List<Pair> pairs = new ArrayList<>();
    Set<FoundTitle> paired = new HashSet<>();
    for (int i = 0; i + 1 < titles.size(); i++) {
      FoundTitle a = titles.get(i);
      FoundTitle b = titles.get(i + 1);
      if (paired.contains(a) || a.isChinese() == b.isChinese() || !sideBySide(t, a.end(), b.start())) {
        continue;
      }
      FoundTitle en = a.isChinese() ? b : a;
      FoundTitle zh = a.isChinese() ? a : b;
      pairs.add(new Pair(en, zh, TitleAgreement.score(zh.title(), en.title())));
      paired.add(a);
      paired.add(b);
    }
    // Renderings of one catalog policy apart from each other: each English title with the nearest unpaired Chinese
    // one of the same key, looking a few titles either side (titles are in text order).
    Map<String, List<FoundTitle>> chineseByKey = new HashMap<>();
    for (FoundTitle zh : titles) {
      if (zh.isChinese() && !paired.contains(zh) && zh.title().key != null) {
        chineseByKey.computeIfAbsent(zh.title().key, k -> new ArrayList<>()).add(zh);
      }
    }
    for (FoundTitle en : titles) {
      if (en.isChinese() || paired.contains(en) || en.title().key == null) {
        continue;
      }
      List<FoundTitle> candidates = chineseByKey.getOrDefault(en.title().key, List.of());
      int at = firstStartingAfter(candidates, en.start());
      FoundTitle nearest = null;
      for (int k = Math.max(0, at - NEAREST); k < Math.min(candidates.size(), at + NEAREST); k++) {
        FoundTitle zh = candidates.get(k);
        if (!paired.contains(zh) && (nearest == null || distance(en, zh) < distance(en, nearest))) {
          nearest = zh;
        }
      }
      if (nearest != null) {
        pairs.add(new Pair(en, nearest, 0.9));
        paired.add(en);
        paired.add(nearest);
      }
    }
    return pairs;
  }

  private static int firstStartingAfter(List<FoundTitle> sorted, int start) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).start() < start) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int distance(FoundTitle a, FoundTitle b) {
    return Math.abs(a.start() - b.start());
  }

  static boolean sideBySide(String t, int from, int to) {
    if (to - from > MAX_GAP || to < from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (BETWEEN.indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
