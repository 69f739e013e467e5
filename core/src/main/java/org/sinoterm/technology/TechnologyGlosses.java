package org.sinoterm.technology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.Normalized;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.link.AcronymDefinitions;
import org.sinoterm.link.HeadWords;
import org.sinoterm.link.TechnicalWords;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;

/**
 * Chinese glosses of technologies, found by the shared detector ({@link AcronymDefinitions#glosses}):
 * "ultrasound endoscopes (超声内镜)", "超声内镜 (ultrasound endoscope)", “transportation superpower” (交通强国).
 *
 * <ul>
 *   <li>both sides are technology mentions: a TRANSLATION link from the English to the Chinese one;</li>
 *   <li>one side is: the other side becomes a mention with its value (the English mention's end marks the gloss;
 *       a Chinese mention lends its value to the English words before the bracket);</li>
 *   <li>neither is: the pair becomes TECHNOLOGY without a key when the English head is a technology noun; other
 *       pairs are TERMs, whose English start the aligner chooses ({@code link.ParentheticalTerms}).</li>
 * </ul>
 *
 * <p>Glosses of bodies ("the Ministry of Commerce (商务部)") are the agency recognizer's.
 */
final class TechnologyGlosses {

  static final String RULE = "gloss";
  private static final double LINK_SCORE = 0.95;
  private static final double CONFIDENCE = 0.88;

  private TechnologyGlosses() {
  }

  static void apply(String text, Mentions mentions) {
    List<AcronymDefinitions.Gloss> glosses = AcronymDefinitions.glosses(text);
    if (glosses.isEmpty()) {
      return;
    }
    Map<Long, Mention> bySpan = new HashMap<>();
    Map<Integer, Mention> longestByEnd = new HashMap<>();
    for (Mention mention : mentions.of(EntityType.TECHNOLOGY)) {
      bySpan.merge(key(mention.start(), mention.end()), mention, (a, b) -> a.confidence() >= b.confidence() ? a : b);
      longestByEnd.merge(mention.end(), mention, (a, b) -> a.length() >= b.length() ? a : b);
    }
    Map<Integer, Mention> agencyByEnd = new HashMap<>();
    Map<Integer, Mention> agencyByStart = new HashMap<>();
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      agencyByEnd.put(mention.end(), mention);
      agencyByStart.put(mention.start(), mention);
    }
    for (AcronymDefinitions.Gloss gloss : glosses) {
      if (agencyByEnd.containsKey(gloss.enEnd()) || agencyByEnd.containsKey(gloss.zhEnd())
          || agencyByStart.containsKey(gloss.zhStart()) || agencyByStart.containsKey(gloss.enStart())) {
        continue;
      }
      Mention english = gloss.chineseFirst() ? bySpan.get(key(gloss.enStart(), gloss.enEnd()))
          : longestByEnd.get(gloss.enEnd());
      if (english != null && gloss.quoted() && english.start() < gloss.enStart()) {
        english = null;
      }
      Mention chinese = bySpan.get(key(gloss.zhStart(), gloss.zhEnd()));
      if (chinese == null && gloss.chineseFirst()) {
        // The text does not mark where the Chinese side starts: a mention ending at the bracket marks it.
        chinese = longestByEnd.get(gloss.zhEnd());
        if (chinese == null || chinese.start() < gloss.zhStart()) {
          continue;
        }
      }
      if (chinese == null && english != null && !gloss.chineseFirst() && namesMore(gloss, english, longestByEnd,
          bySpan)) {
        // "magnetically controlled capsule endoscopes (磁控胶囊内镜)": the Chinese names more than the dictionary's
        // 胶囊内镜 inside it, and so do the English words before the dictionary's "capsule endoscopes"
        english = null;
      }
      String zh = chinese != null ? text.substring(chinese.start(), chinese.end()) : gloss.chinese(text);
      if (english != null && chinese != null) {
        mentions.link(LinkType.TRANSLATION, english, chinese, LINK_SCORE);
      } else if (english != null) {
        TechnologyRef ref = (TechnologyRef) english.value();
        if (ref.zh() == null) {
          ref = new TechnologyRef(ref.key(), ref.en(), zh, ref.acronym(), ref.sector());
        }
        Mention added = new Mention(EntityType.TECHNOLOGY, gloss.zhStart(), gloss.zhEnd(), ref, CONFIDENCE, RULE);
        mentions.add(added);
        mentions.link(LinkType.TRANSLATION, english, added, LINK_SCORE);
      } else if (chinese != null) {
        Mention added = new Mention(EntityType.TECHNOLOGY, gloss.enStart(), gloss.enEnd(), chinese.value(),
            CONFIDENCE, RULE);
        mentions.add(added);
        mentions.link(LinkType.TRANSLATION, added, chinese, LINK_SCORE);
      } else {
        String en = gloss.english(text);
        if (HeadWords.ofLongForm(en) == HeadWords.Kind.NAME
            || TechnicalWords.bundled().kindOf(en, false) != HeadWords.Kind.TECHNOLOGY) {
          continue; // other bilingual pairs are TERMs, chosen and scored by the aligner (ParentheticalTerms)
        }
        TechnologyRef value = new TechnologyRef(null, en, zh, null, null);
        Mention from = new Mention(EntityType.TECHNOLOGY, gloss.enStart(), gloss.enEnd(), value, CONFIDENCE, RULE);
        Mention to = new Mention(EntityType.TECHNOLOGY, gloss.zhStart(), gloss.zhEnd(), value, CONFIDENCE, RULE);
        mentions.add(from);
        mentions.add(to);
        mentions.link(LinkType.TRANSLATION, from, to, LINK_SCORE);
      }
    }
  }

  /**
   * True if a technology mention lies inside the Chinese side without filling it, and the English side has words
   * before the English mention: both sides name a more specific thing than the dictionary entry.
   */
  private static boolean namesMore(AcronymDefinitions.Gloss gloss, Mention english,
      Map<Integer, Mention> longestByEnd, Map<Long, Mention> bySpan) {
    if (english.start() <= gloss.enStart() || english.end() != gloss.enEnd()) {
      return false;
    }
    for (int end = gloss.zhEnd(); end > gloss.zhStart(); end--) {
      Mention inside = longestByEnd.get(end);
      if (inside != null && inside.start() >= gloss.zhStart() && inside.length() < gloss.zhEnd() - gloss.zhStart()
          && !bySpan.containsKey(key(gloss.zhStart(), gloss.zhEnd()))) {
        return true;
      }
    }
    return false;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
