package org.sinoterm.technology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.Normalized;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.link.AcronymDefinitions;
import org.sinoterm.link.HeadWords;
import org.sinoterm.link.TechnicalWords;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.NormalizedText;

/**
 * What acronym definitions in the text say about technologies and terms. The definitions come from the one
 * detector every recognizer shares ({@link AcronymDefinitions}); the long form's head words
 * ({@link HeadWords#ofLongForm(String)}) say what it names. Bodies are left to the agency recognizer and other
 * proper names (companies, events, plans) to nobody. For a technology or a term:
 *
 * <ul>
 *   <li>both forms known ("extracorporeal membrane oxygenation [ECMO]"): an ABBREVIATION link;</li>
 *   <li>one form known: the other gets its value ("laboratory-wide automated test and analysis pipeline (TLA)" is
 *       the dictionary's TLA);</li>
 *   <li>neither known: both become a TECHNOLOGY without a key, or a TERM when the head is no technology noun
 *       ("state-owned enterprises (SOEs)");</li>
 *   <li>a dictionary acronym defined as a plain term ("polyethylene terephthalate (PET)") is not that technology
 *       anywhere in the document — one sense per discourse.</li>
 * </ul>
 *
 * <p>Every later mention of a defined acronym in the document (and its plural: "ECMOs") is recognized with the
 * value its definition gave.
 */
final class TechnologyDefinitions {

  static final String RULE = "defined-acronym";
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-/]+");
  private static final double LINK_SCORE = 0.96;
  private static final double DEFINED_CONFIDENCE = 0.9;
  private static final double LATER_CONFIDENCE = 0.88;

  private TechnologyDefinitions() {
  }

  /** A learned acronym: its type and value, its long-form mention, and where it was defined. */
  private record Learned(EntityType type, Normalized value, Mention longForm, int shortStart) {
  }

  /** Whether an acronym at {@code [start, end)} is used as a name there (not a word of a heading). */
  interface AcronymContext {
    boolean fits(String text, int start, int end);
  }

  /** Learns the technologies that {@code definitions}, the text's ({@link AcronymDefinitions#IN_DOCUMENT}), define. */
  static void apply(NormalizedText normalized, List<AcronymDefinitions.Definition> definitions,
      TechnologyDictionary dictionary, AcronymContext context, Mentions mentions) {
    String text = normalized.text();
    if (definitions.isEmpty()) {
      return;
    }
    Map<Long, Mention> bySpan = new HashMap<>();
    Map<Integer, Mention> longestByEnd = new HashMap<>();
    for (Mention mention : mentions.of(EntityType.TECHNOLOGY)) {
      index(mention, bySpan, longestByEnd);
    }
    Set<Long> agencySpans = new HashSet<>();
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      agencySpans.add(key(mention.start(), mention.end()));
    }
    Map<String, Learned> learned = new LinkedHashMap<>();
    Set<String> notTechnologies = new HashSet<>();
    for (AcronymDefinitions.Definition definition : definitions) {
      String shortForm = definition.shortForm(text);
      String longText = definition.longForm(text);
      if (learned.containsKey(shortForm) || notTechnologies.contains(shortForm)
          || agencySpans.contains(key(definition.shortStart(), definition.shortEnd()))
          || agencySpans.contains(key(definition.longStart(), definition.longEnd()))) {
        continue; // the first definition holds for the document; bodies belong to the agency recognizer
      }
      HeadWords.Kind kind = HeadWords.ofLongForm(longText);
      if (kind == HeadWords.Kind.TECHNOLOGY || kind == HeadWords.Kind.TERM) {
        kind = TechnicalWords.bundled().kindOf(longText, true); // "through-silicon vias", "market share"
      }
      Mention longForm = longestByEnd.get(definition.longEnd());
      Mention shortMention = bySpan.get(key(definition.shortStart(), definition.shortEnd()));
      if (longForm != null && longForm.start() > definition.longStart()
          && (definition.aligned() || !sameTechnology(shortMention, longForm))) {
        // "quantum annealing processor (QAP)" defines more than the dictionary's "processor"; but a paraphrase's
        // window may reach past the name of the acronym's own technology ("cells and cellular
        // vehicle-to-everything (C-V2X)")
        longForm = null;
      }
      if (!definition.aligned() && !sameTechnology(shortMention, longForm)
          && (shortMention == null || longForm != null || kind != HeadWords.Kind.TECHNOLOGY)) {
        // a paraphrase counts for two names of one known technology ("lithium iron phosphate (LFP)"), or for a
        // known acronym after a phrase headed by a technology noun
        continue;
      }
      if (kind == HeadWords.Kind.AGENCY || (kind == HeadWords.Kind.NAME && longForm == null)) {
        continue;
      }
      if (longForm != null && shortMention != null) {
        mentions.link(LinkType.ABBREVIATION, shortMention, longForm, LINK_SCORE);
        learned.put(shortForm, new Learned(EntityType.TECHNOLOGY, shortMention.value(), longForm,
            definition.shortStart()));
        continue;
      }
      if (longForm != null) {
        TechnologyRef ref = (TechnologyRef) longForm.value();
        if (ref.acronym() == null) {
          ref = new TechnologyRef(ref.key(), ref.en(), ref.zh(), shortForm, ref.sector());
        }
        learned.put(shortForm, new Learned(EntityType.TECHNOLOGY, ref, longForm, definition.shortStart()));
        continue;
      }
      // "polyethylene terephthalate (PET)": a long form that spells the acronym word by word and shares no word
      // with the dictionary's name gives the acronym another sense in this document
      boolean otherSense = definition.aligned() && shortMention != null && initialsSpell(longText, shortForm)
          && !sharesAWord(longText, (TechnologyRef) shortMention.value());
      if (shortMention != null && !otherSense && (kind == HeadWords.Kind.TECHNOLOGY
          || sharesAWord(longText, (TechnologyRef) shortMention.value()))) {
        Mention mention = new Mention(EntityType.TECHNOLOGY, definition.longStart(), definition.longEnd(),
            shortMention.value(), DEFINED_CONFIDENCE, RULE);
        mentions.add(mention);
        index(mention, bySpan, longestByEnd);
        mentions.link(LinkType.ABBREVIATION, shortMention, mention, LINK_SCORE);
        learned.put(shortForm, new Learned(EntityType.TECHNOLOGY, shortMention.value(), mention,
            definition.shortStart()));
        continue;
      }
      if (shortMention != null) {
        notTechnologies.add(shortForm); // the text gives the acronym another sense
      }
      EntityType type = kind == HeadWords.Kind.TECHNOLOGY ? EntityType.TECHNOLOGY : EntityType.TERM;
      Normalized value = type == EntityType.TECHNOLOGY
          ? new TechnologyRef(null, longText, null, shortForm, null)
          : new TermRef(longText, null, null);
      Mention mention = new Mention(type, definition.longStart(), definition.longEnd(), value, DEFINED_CONFIDENCE,
          RULE);
      mentions.add(mention);
      if (type == EntityType.TECHNOLOGY) {
        index(mention, bySpan, longestByEnd);
      }
      learned.put(shortForm, new Learned(type, value, mention, definition.shortStart()));
    }
    if (!notTechnologies.isEmpty()) {
      java.util.function.Predicate<Mention> otherSense = m -> m.type() == EntityType.TECHNOLOGY
          && m.rule().equals(TechnologyRecognizer.RULE_DICTIONARY)
          && notTechnologies.contains(text.substring(m.start(), m.end()));
      mentions.removeIf(otherSense);
      bySpan.values().removeIf(otherSense);
    }
    if (!learned.isEmpty()) {
      applyLearned(normalized, learned, bySpan, context, mentions);
    }
  }

  /** Every mention of a learned acronym, and of its plural, now has the type and value its definition gave. */
  private static void applyLearned(NormalizedText normalized, Map<String, Learned> learned,
      Map<Long, Mention> bySpan, AcronymContext context, Mentions mentions) {
    SurfaceAutomaton.Builder<String> builder = SurfaceAutomaton.builder();
    for (String acronym : learned.keySet()) {
      builder.add(new SurfaceAutomaton.Surface<>(acronym, acronym, SurfaceAutomaton.CaseRule.EXACT));
      char last = acronym.charAt(acronym.length() - 1);
      if (Character.isUpperCase(last) || Character.isDigit(last)) {
        builder.add(new SurfaceAutomaton.Surface<>(acronym + "s", acronym, SurfaceAutomaton.CaseRule.EXACT));
      }
    }
    for (SurfaceAutomaton.Match<String> match : builder.build().findAll(normalized)) {
      Learned definition = learned.get(match.value());
      boolean atDefinition = match.start() == definition.shortStart();
      if (!atDefinition && !context.fits(normalized.text(), match.start(), match.end())) {
        continue;
      }
      Mention old = bySpan.get(key(match.start(), match.end()));
      Mention mention = old != null && definition.type() == EntityType.TECHNOLOGY ? old
          : new Mention(definition.type(), match.start(), match.end(), definition.value(),
              atDefinition ? DEFINED_CONFIDENCE : LATER_CONFIDENCE, RULE);
      if (mention != old) {
        mentions.add(mention);
      }
      if (atDefinition) {
        mentions.link(LinkType.ABBREVIATION, mention, definition.longForm(), LINK_SCORE);
      }
    }
  }

  private static final Set<String> SKIPPED_WORDS = Set.of("of", "and", "the", "for", "to", "in", "on", "with", "a",
      "an", "&");

  /**
   * True if the initials of the long form's words (hyphenated parts too, function words aside) are letters of the
   * short form, in order and starting with its first: "polyethylene terephthalate" spells PET, but
   * "high-precision real-time inspection system" does not spell POCT.
   */
  static boolean initialsSpell(String longForm, String shortForm) {
    String letters = NOT_LETTER_OR_DIGIT.matcher(shortForm.toLowerCase(Locale.ROOT)).replaceAll("");
    int next = 0;
    boolean first = true;
    for (String word : WORD_SEPARATORS.split(longForm.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty() || SKIPPED_WORDS.contains(word)) {
        continue;
      }
      char initial = word.charAt(0);
      int at = letters.indexOf(initial, next);
      if (at < 0 || (first && at != 0)) {
        return false;
      }
      first = false;
      next = at + 1;
    }
    return !first;
  }

  /** True if both mentions are of one dictionary technology. */
  private static boolean sameTechnology(Mention shortMention, Mention longForm) {
    if (shortMention == null || longForm == null) {
      return false;
    }
    String a = ((TechnologyRef) shortMention.value()).key();
    return a != null && a.equals(((TechnologyRef) longForm.value()).key());
  }

  /** True if the long form shares a content word with the technology's English name ("PET-CT scan" / "PET"). */
  private static boolean sharesAWord(String longForm, TechnologyRef ref) {
    if (ref.en() == null) {
      return false;
    }
    Set<String> words = new HashSet<>();
    for (String word : NOT_LETTER_OR_DIGIT.split(ref.en().toLowerCase(Locale.ROOT))) {
      if (word.length() > 3) {
        words.add(HeadWords.singular(word));
      }
    }
    for (String word : NOT_LETTER_OR_DIGIT.split(longForm.toLowerCase(Locale.ROOT))) {
      if (word.length() > 3 && words.contains(HeadWords.singular(word))) {
        return true;
      }
    }
    return false;
  }

  private static void index(Mention mention, Map<Long, Mention> bySpan, Map<Integer, Mention> longestByEnd) {
    bySpan.merge(key(mention.start(), mention.end()), mention, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    longestByEnd.merge(mention.end(), mention, (a, b) -> a.length() >= b.length() ? a : b);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
