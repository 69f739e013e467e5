package org.sinoterm.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.link.AcronymDefinitions;
import org.sinoterm.link.HeadWords;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.NormalizedText;

/**
 * What acronym definitions in the text say about bodies. For each definition found by {@link AcronymDefinitions}:
 *
 * <ul>
 *   <li>both forms name the same known body ("the Ministry of Industry and Information Technology (MIIT)"): an
 *       ABBREVIATION link;</li>
 *   <li>the long form is a body and the short form is unknown, or known as another body ("the Beijing Municipal
 *       Economic and Information Bureau (BMEIB)"): the short form means that body in this document, at the
 *       definition and at every later mention;</li>
 *   <li>the long form reads like a Chinese body but is in no dictionary ("the State Council Leading Group for
 *       Xyz (LGX)"): both forms become a body without a key;</li>
 *   <li>the long form is something else ("a non-disclosure agreement (NDA)", "the US National Security Council
 *       (NSC)"): the acronym is not a body anywhere in this document, whatever the dictionary says — one sense
 *       per discourse.</li>
 * </ul>
 */
final class AgencyDefinitions {

  static final String RULE = "defined-acronym";

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[ ,\\n]+");

  /**
   * Words that make a name Chinese. The dictionary lists the Chinese ministries and national bodies, current and
   * former, so a long form it does not know, such as "Ministry of Trade, Industry and Energy (MOTIE)" or "National
   * Security Council (NSC)", is far more often another country's body; one of these words says otherwise
   * ("State Council Leading Group for …", "Central Leading Group for …", "China Xyz Administration").
   */
  private static final Set<String> CHINESE_MARKERS = Set.of("China", "Chinese", "PRC", "Central", "CPC", "CCP",
      "Communist", "People's", "Leading");

  private AgencyDefinitions() {
  }

  /** A learned acronym: the body it names, its long-form mention, and where it was defined. */
  private record Learned(AgencyRef body, Mention longForm, int shortStart) {
  }

  /** Whether an acronym at {@code [start, end)} of a text is used as a name there ("the BMEIB", not "an NDA"). */
  interface AcronymContext {
    boolean fits(String text, int start, int end);
  }

  /**
   * Learns the bodies that {@code found}, the text's definitions ({@link AcronymDefinitions#IN_DOCUMENT}), define; a
   * body's acronym must align with its long form, so paraphrases are left out.
   */
  static void apply(NormalizedText normalized, List<AcronymDefinitions.Definition> found,
      AgencyDictionary dictionary, AcronymContext context, Mentions mentions) {
    String text = normalized.text();
    List<AcronymDefinitions.Definition> definitions = new ArrayList<>(found.size());
    for (AcronymDefinitions.Definition definition : found) {
      if (definition.aligned()) {
        definitions.add(definition);
      }
    }
    if (definitions.isEmpty()) {
      return;
    }
    Map<Long, Mention> bySpan = new HashMap<>();
    Map<Integer, Mention> longestByEnd = new HashMap<>();
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      index(mention, bySpan, longestByEnd);
    }
    Map<String, Learned> learned = new LinkedHashMap<>();
    Set<String> notBodies = new HashSet<>();
    for (AcronymDefinitions.Definition definition : definitions) {
      String shortForm = definition.shortForm(text);
      if (learned.containsKey(shortForm) || notBodies.contains(shortForm)) {
        continue; // the first definition in a document holds for the rest of it
      }
      Mention longForm = longestByEnd.get(definition.longEnd());
      if (longForm != null && (longForm.start() < definition.longStart()
          || ((AgencyRef) longForm.value()).count() != null)) {
        longForm = null;
      }
      Mention shortMention = bySpan.get(key(definition.shortStart(), definition.shortEnd()));
      if (longForm != null) {
        AgencyRef body = (AgencyRef) longForm.value();
        if (shortMention != null && sameBody(body, (AgencyRef) shortMention.value())) {
          mentions.link(LinkType.ABBREVIATION, shortMention, longForm, 0.98);
          continue;
        }
        learned.put(shortForm, new Learned(withAcronym(body, shortForm), longForm, definition.shortStart()));
      } else if (readsLikeBody(definition.longForm(text))
          && !AgencyRecognizer.hasForeignModifier(text, definition.longStart())) {
        AgencyRef body = new AgencyRef(null, shortForm, definition.longForm(text), null, null, null, null, null);
        Mention mention = new Mention(EntityType.AGENCY, definition.longStart(), definition.longEnd(), body, 0.85,
            RULE);
        mentions.add(mention);
        index(mention, bySpan, longestByEnd);
        learned.put(shortForm, new Learned(body, mention, definition.shortStart()));
      } else if (dictionary.isAcronym(shortForm)) {
        notBodies.add(shortForm);
      }
    }
    if (!notBodies.isEmpty()) {
      mentions.removeIf(m -> m.type() == EntityType.AGENCY && notBodies.contains(text.substring(m.start(), m.end())));
    }
    if (!learned.isEmpty()) {
      applyLearned(normalized, learned, bySpan, context, mentions);
    }
  }

  /** Every mention of a learned acronym now means the body its definition gave. */
  private static void applyLearned(NormalizedText normalized, Map<String, Learned> learned, Map<Long, Mention> bySpan,
      AcronymContext context, Mentions mentions) {
    SurfaceAutomaton.Builder<String> builder = SurfaceAutomaton.builder();
    learned.keySet().forEach(acronym -> builder.add(new SurfaceAutomaton.Surface<>(acronym, acronym,
        SurfaceAutomaton.CaseRule.EXACT)));
    for (SurfaceAutomaton.Match<String> match : builder.build().findAll(normalized)) {
      Learned definition = learned.get(match.value());
      boolean atDefinition = match.start() == definition.shortStart();
      if (!atDefinition && !context.fits(normalized.text(), match.start(), match.end())) {
        continue;
      }
      Mention mention = new Mention(EntityType.AGENCY, match.start(), match.end(), definition.body(), 0.9, RULE);
      Mention old = bySpan.get(key(match.start(), match.end()));
      if (old != null) {
        mentions.replace(old, mention);
      } else {
        mentions.add(mention);
      }
      if (atDefinition) {
        mentions.link(LinkType.ABBREVIATION, mention, definition.longForm(), 0.95);
      }
    }
  }

  private static void index(Mention mention, Map<Long, Mention> bySpan, Map<Integer, Mention> longestByEnd) {
    bySpan.merge(key(mention.start(), mention.end()), mention, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    longestByEnd.merge(mention.end(), mention, (a, b) -> a.length() >= b.length() ? a : b);
  }

  private static boolean sameBody(AgencyRef a, AgencyRef b) {
    return a.key() != null && a.key().equals(b.key());
  }

  private static AgencyRef withAcronym(AgencyRef body, String acronym) {
    return new AgencyRef(body.key(), acronym, body.en(), body.zh(), body.level(), body.successor(), body.count(),
        body.office());
  }

  /**
   * Title-case words with a head noun and a word that makes the name Chinese: "Central Leading Group for Cyberspace
   * Affairs", "State Council Leading Group for Xyz"; not "National Security Council", not "Ministry of Trade,
   * Industry and Energy". (A local body, "Beijing Municipal Economic and Information Bureau", is already a mention
   * when this is asked.)
   */
  static boolean readsLikeBody(String longForm) {
    if (HeadWords.ofLongForm(longForm) != HeadWords.Kind.AGENCY) {
      return false; // the shape of a body's name: Title Case words and a body noun (shared with technologies)
    }
    String[] words = WORD_SEPARATORS.split(longForm);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (CHINESE_MARKERS.contains(word) || word.equals("Council") && i > 0 && words[i - 1].equals("State")) {
        return true;
      }
    }
    return false;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
