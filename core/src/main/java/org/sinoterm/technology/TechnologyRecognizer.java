package org.sinoterm.technology;

import java.util.List;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.TechnologyRef;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.link.AcronymDefinitions;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.Words;

/**
 * Finds technologies, and the terms that texts define. In order:
 *
 * <ol>
 *   <li>dictionary surfaces that pass the context rules below: acronyms as written ("ECMO", "5G", "AI", not "ai"),
 *       English names and their variants in any case except for the acronyms inside them ("AI chips"), whole words
 *       only ("PET" not in "PETs" unless listed, "CT" not in "CTO"), and Chinese names in Chinese text
 *       (体外膜肺氧合, 工业互联网);</li>
 *   <li>definitions in place ({@link TechnologyDefinitions}): "long form (ACR)", "long form [ACR]", "ACR (long
 *       form)" give ABBREVIATION links, and a defined acronym is recognized at its later mentions;</li>
 *   <li>Chinese glosses ({@link TechnologyGlosses}): "ultrasound endoscopes (超声内镜)" gives a TRANSLATION link.</li>
 * </ol>
 *
 * <p>Context rules, so that ordinary words are not taken for technologies: an acronym inside a heading written in
 * capitals is a word of the heading ("WHY IT MATTERS"); a one-word name that is an ordinary noun is part of a
 * proper name when it is capitalized after another capitalized word ("Horizon Robotics", "Yuwell Batteries"); a
 * Chinese name right before 公司, 有限公司 or 集团 is part of a company's name; and "chip" in "bargaining chip" or
 * "blue chip" is no semiconductor.
 *
 * <p>For input {@code "core technologies including extracorporeal membrane oxygenation [ECMO] and 5G"} the
 * mentions are "extracorporeal membrane oxygenation", "ECMO" (both key ECMO, linked by ABBREVIATION) and "5G".
 */
public final class TechnologyRecognizer implements Recognizer {

  static final String RULE_DICTIONARY = "dictionary";

  private static final double ACRONYM_CONFIDENCE = 0.9;
  private static final double NAME_CONFIDENCE = 0.95;
  private static final double COMMON_WORD_CONFIDENCE = 0.85;
  private static final double CHINESE_CONFIDENCE = 0.93;
  private static final Set<String> NOT_A_CHIP = Set.of("bargaining", "blue", "poker", "potato", "wood");
  /** Technology acronyms that are also English words: in a heading written in capitals they are the words. */
  private static final Set<String> ACRONYMS_THAT_ARE_WORDS = Set.of("IT", "PET", "LED", "CAD", "EMU", "PEEK",
      "ETC", "OCT", "AM");
  /** Prefixes that make a new technology of the name they join: micro-OLED, mini-LED, nano-SIM. */
  private static final Set<String> COMPOUND_PREFIXES = Set.of("micro", "mini", "nano", "semi", "quasi", "non",
      "pseudo", "multi", "bi", "tri", "quad", "hyper", "ultra", "super", "sub");
  private static final Set<String> GENERATION_SUFFIXES = Set.of("Advanced", "Pro", "Plus", "Lite", "Max");
  static final String RULE_COMPOUND = "compound";
  private static final String[] COMPANY_SUFFIXES = {"有限公司", "公司", "集团", "股份"};

  private final TechnologyDictionary dictionary;

  public TechnologyRecognizer(TechnologyDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public List<SurfaceAutomaton<?>> dictionaries() {
    return List.of(dictionary.automaton());
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    NormalizedText text = document.text();
    String t = text.text();
    addDictionaryMentions(t, document.matches(dictionary.automaton()), mentions);
    dropInsideBodies(mentions);
    TechnologyDefinitions.apply(text, document.shared(AcronymDefinitions.IN_DOCUMENT), dictionary,
        this::acronymFits, mentions);
    TechnologyGlosses.apply(t, mentions);
  }

  private void addDictionaryMentions(String t, List<SurfaceAutomaton.Match<TechnologySurface>> matches,
      Mentions mentions) {
    Set<Long> spans = new java.util.HashSet<>();
    for (SurfaceAutomaton.Match<TechnologySurface> match : matches) {
      spans.add(((long) match.start() << 32) | match.end());
    }
    for (SurfaceAutomaton.Match<TechnologySurface> match : matches) {
      TechnologySurface surface = match.value();
      int start = match.start();
      int end = match.end();
      double confidence;
      switch (surface.kind()) {
        case ACRONYM -> {
          if (!acronymFits(t, start, end) || (capitalsPlural(t, start, end, surface) && !inCapitalsLine(t, start,
              end))) {
            continue; // "EVS" is the plural of EV only in a heading written in capitals
          }
          confidence = ACRONYM_CONFIDENCE;
        }
        case ENGLISH_NAME -> {
          if (surface.commonWord() && (inProperName(t, start) || notATechnology(t, start, end)
              || inScareQuotes(t, start, end))) {
            continue;
          }
          confidence = surface.commonWord() ? COMMON_WORD_CONFIDENCE : NAME_CONFIDENCE;
        }
        default -> {
          if (beforeCompanySuffix(t, end) || t.startsWith("化", end)) {
            continue; // 农业机械化 is the process of mechanization, not agricultural machinery
          }
          confidence = CHINESE_CONFIDENCE;
        }
      }
      if (surface.kind() != TechnologySurface.Kind.CHINESE_NAME) {
        int compoundStart = prefixStart(t, start);
        int compoundEnd = capitalizedSuffixEnd(t, end);
        if ((compoundStart < start || compoundEnd > end)
            && !spans.contains(((long) compoundStart << 32) | compoundEnd)) {
          // micro-OLED, 5G-A, 5G-Advanced: a new technology named from a known one
          String compound = t.substring(compoundStart, compoundEnd);
          mentions.add(new Mention(EntityType.TECHNOLOGY, compoundStart, compoundEnd,
              new TechnologyRef(null, compound, null, null, null), COMMON_WORD_CONFIDENCE, RULE_COMPOUND));
          continue;
        }
      }
      mentions.add(new Mention(EntityType.TECHNOLOGY, start, end, surface.entry().ref(), confidence,
          RULE_DICTIONARY));
    }
  }

  /**
   * A technology named inside the name of a body is part of that name: "Information Technology" in the Ministry of
   * Industry and Information Technology, 科学技术 in 科学技术部.
   */
  private static void dropInsideBodies(Mentions mentions) {
    List<Mention> bodies = mentions.of(EntityType.AGENCY);
    if (bodies.isEmpty()) {
      return;
    }
    java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
    for (Mention body : bodies) {
      spans.merge(body.start(), body.end(), Math::max);
    }
    mentions.removeIf(m -> {
      if (m.type() != EntityType.TECHNOLOGY) {
        return false;
      }
      java.util.Map.Entry<Integer, Integer> before = spans.floorEntry(m.start());
      while (before != null) {
        if (before.getValue() >= m.end()) {
          return true;
        }
        before = spans.lowerEntry(before.getKey());
        if (before != null && m.start() - before.getKey() > 200) {
          return false;
        }
      }
      return false;
    });
  }

  /**
   * An acronym is a technology unless it is also an English word and stands in a heading written in capitals:
   * "WHY IT MATTERS", but "WHY AI MATTERS" names artificial intelligence.
   */
  boolean acronymFits(String t, int start, int end) {
    String word = t.substring(start, end);
    String singular = word.length() > 2 && word.endsWith("S") ? word.substring(0, word.length() - 1) : word;
    return !(ACRONYMS_THAT_ARE_WORDS.contains(word) || ACRONYMS_THAT_ARE_WORDS.contains(singular))
        || !inCapitalsLine(t, start, end);
  }

  private static boolean capitalsPlural(String t, int start, int end, TechnologySurface surface) {
    String word = t.substring(start, end);
    return word.endsWith("S") && !surface.entry().acronyms().contains(word)
        && surface.entry().acronyms().contains(word.substring(0, word.length() - 1));
  }

  /** The start of "micro-" before a name at {@code start}, or {@code start}. */
  private static int prefixStart(String t, int start) {
    if (start < 3 || t.charAt(start - 1) != '-') {
      return start;
    }
    int i = start - 1;
    while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '-')) {
      return start;
    }
    return COMPOUND_PREFIXES.contains(t.substring(i, start - 1).toLowerCase(java.util.Locale.ROOT)) ? i : start;
  }

  /**
   * The end of a generation suffix after a name ending at {@code end} ("5G-A", "5G-Advanced", "LTE-Advanced"), or
   * {@code end}.
   */
  private static int capitalizedSuffixEnd(String t, int end) {
    if (end + 1 >= t.length() || t.charAt(end) != '-' || !Character.isUpperCase(t.charAt(end + 1))) {
      return end;
    }
    int i = end + 1;
    while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
      i++;
    }
    if (i < t.length() && t.charAt(i) == '-') {
      return end; // "PET-CT-guided" is no name
    }
    String suffix = t.substring(end + 1, i);
    boolean code = suffix.length() <= 2
        && suffix.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    return code || GENERATION_SUFFIXES.contains(suffix) ? i : end;
  }

  /** "Horizon Robotics": a capitalized common noun after a capitalized word that does not start the sentence. */
  private static boolean inProperName(String t, int start) {
    if (!Character.isUpperCase(t.charAt(start))) {
      return false;
    }
    Words.Word previous = Words.before(t, start);
    return previous != null && previous.end() < start && previous.isCapitalized()
        && !Words.startsSentence(t, previous.start()) && !previous.isUpperCase();
  }

  private static boolean notATechnology(String t, int start, int end) {
    String surface = t.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    if (!surface.startsWith("chip")) {
      return false;
    }
    int from = start;
    if (from > 0 && t.charAt(from - 1) == '-') {
      from--; // blue-chip
    }
    Words.Word previous = Words.before(t, from);
    return previous != null && NOT_A_CHIP.contains(previous.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** The "chip" of agriculture: a common word quoted alone is used as a word, not as the thing. */
  private static boolean inScareQuotes(String t, int start, int end) {
    return start > 0 && end < t.length() && isQuote(t.charAt(start - 1)) && isQuote(t.charAt(end));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
  }

  private static boolean beforeCompanySuffix(String t, int end) {
    for (String suffix : COMPANY_SUFFIXES) {
      if (t.startsWith(suffix, end)) {
        return true;
      }
    }
    return false;
  }

  /** A line without lower-case letters and with at least two other words of capitals: a heading. */
  private boolean inCapitalsLine(String t, int start, int end) {
    int lineStart = start;
    while (lineStart > 0 && t.charAt(lineStart - 1) != '\n' && start - lineStart < 200) {
      lineStart--;
    }
    int lineEnd = end;
    while (lineEnd < t.length() && t.charAt(lineEnd) != '\n' && lineEnd - end < 200) {
      lineEnd++;
    }
    int otherWords = 0;
    for (int i = lineStart; i < lineEnd; i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c) && (i == lineStart || !Character.isLetterOrDigit(t.charAt(i - 1)))
          && (i < start || i >= end)) {
        Words.Word word = Words.after(t, i);
        if (word != null && word.text().length() >= 2 && !dictionary.isAcronym(word.text())) {
          otherWords++;
        }
      }
    }
    return otherWords >= 2;
  }
}
