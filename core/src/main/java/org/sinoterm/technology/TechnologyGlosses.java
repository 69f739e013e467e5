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
        String[] words = en.split(" +");
        if (!HeadWords.isTechnologyNoun(words[words.length - 1])) {
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

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
