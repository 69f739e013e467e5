package org.sinoterm.agency;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.link.AcronymDefinitions;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.Words;

/**
 * Finds Chinese government bodies. In order:
 *
 * <ol>
 *   <li>dictionary surfaces (acronyms as written, English names in any case, Chinese full and short names) that
 *       pass the context rules below, extended by 中华人民共和国 / "of the People's Republic of China" and by an
 *       office (科技部办公厅, "General Office of the State Council");</li>
 *   <li>local bodies by their form ({@link LocalBodies}), and bodies of the State Council the dictionary does not
 *       list ({@link CouncilBodies});</li>
 *   <li>collective issuers such as 十部门 ({@link CollectiveIssuers});</li>
 *   <li>the short names of the two general offices, 中办 and 国办 ({@link OfficeAbbreviations});</li>
 *   <li>every item of an issuer line ({@link IssuerLines});</li>
 *   <li>acronyms defined in the text ({@link AgencyDefinitions});</li>
 *   <li>links between a body and its name in brackets ({@link AgencyPairs}).</li>
 * </ol>
 *
 * <p>Context rules, so that words that look like bodies are not taken for them: an acronym is not a body after
 * "a"/"an" unless it modifies the next noun ("an NDA", but "a MIIT official"), after another country's
 * possessive ("Japan's MOF"), inside text written in capitals if it is also an English word ("MOST IMPORTANT"),
 * or before a company word ("SAIC Motor", "GAC-Toyota") — and once it names a company in a document it names one
 * throughout. An English name is not a Chinese body after another country's name ("Japan's Ministry of
 * Finance") or when written all in lower case ("its central committee"). A Chinese name is not the national
 * body after a local level (市发改委) or at the head of a document number (工信部联规〔2021〕206号), and 部 + 门 is
 * the generic word 部门 (民政部门, civil-affairs departments).
 */
public final class AgencyRecognizer implements Recognizer {

  static final String RULE_ACRONYM = "acronym";
  static final String RULE_NAME = "name";

  private static final double ACRONYM_CONFIDENCE = 0.95;
  private static final double NAME_CONFIDENCE = 0.98;
  private static final double SHORT_NAME_CONFIDENCE = 0.95;
  /** A former body sharing a surface with a current one loses the tie. */
  private static final double FORMER_PENALTY = 0.02;

  private static final Set<String> COMPANY_WORDS = Set.of("Motor", "Motors", "Group", "Holdings", "Holding", "Co",
      "Corp", "Corporation", "Ltd", "Limited", "Inc", "Company", "Auto", "Automobile", "Automotive", "Securities",
      "Capital", "Ventures", "Investment", "Toyota", "Volkswagen", "Honda", "Fiat", "Trumpchi", "Aion", "Roewe",
      "Maxus", "Leasing", "Finance");
  /** Capitalized words that may stand right before a Chinese body's English name. */
  private static final Set<String> CHINESE_MODIFIERS = Set.of("The", "China", "China's", "Chinese", "PRC", "PRC's",
      "Beijing's", "Central", "State", "National", "New", "Former", "Both", "Each", "Then", "Today", "Meanwhile",
      "Also", "And", "Under", "By", "From", "With", "Recently", "Previously", "Earlier", "Later", "Last", "This",
      "In", "On", "At", "For", "Of", "As", "While", "When", "After", "Before", "According");
  private static final Set<String> FOREIGN_CODES = Set.of("US", "U.S", "USA", "UK", "EU", "UN");
  /**
   * Nouns that an acronym after "a"/"an" modifies, so that the article belongs to the noun: "a MIIT official",
   * "an NDRC notice". Without one the acronym is the noun itself, as in "an NDA" (a non-disclosure agreement).
   */
  private static final Set<String> MODIFIED_NOUNS = Set.of("official", "officials", "spokesperson", "spokesman",
      "spokeswoman", "source", "insider", "researcher", "adviser", "advisor", "inspector", "inspection", "team",
      "delegation", "notice", "circular", "document", "draft", "statement", "report", "directive", "guideline",
      "guidelines", "rule", "rules", "regulation", "plan", "policy", "investigation", "probe", "review", "survey",
      "program", "programme", "project", "pilot", "list", "catalog", "catalogue", "fund", "grant", "subsidy",
      "approval", "license", "licence", "permit", "filing", "announcement", "meeting", "briefing", "conference",
      "ban", "fine", "penalty", "order", "decision", "ruling", "opinion", "website", "standard", "campaign",
      "crackdown", "department", "bureau", "office", "unit", "committee", "task", "working", "think");
  /**
   * Body acronyms that are also English words. In text written in capitals ("MOST IMPORTANT", "KEEP IT SAFE")
   * they cannot be told from the word, so there they are not taken for bodies; other acronyms are (WHAT MIIT
   * WANTS).
   */
  private static final Set<String> WORD_ACRONYMS = Set.of("MOST", "SAFE", "GAS", "CAST", "SAT", "SAWS", "SAC", "PAP",
      "MOT", "TAO");
  /** Characters before a Chinese name that make it a local body: 北京市发改委, 县财政局. */
  private static final String LOCAL_LEVEL = "省市县区州旗盟镇乡";
  /** Chinese names that are national by their own words and need no check of what comes before. */
  private static final String[] NATIONAL_PREFIXES = {"国家", "中国", "中央", "中共", "国务院", "全国", "最高", "中华"};
  /** Places before a Chinese short name that make it another country's body: 欧洲央行. */
  private static final String[] FOREIGN_PREFIXES = {"欧洲", "美国", "日本", "英国", "德国", "法国", "韩国", "俄罗斯",
      "印度", "各国", "外国", "全球", "多国", "美联"};
  private static final String PRC_ZH = "中华人民共和国";
  private static final String[] PRC_EN = {" of the People's Republic of China", " of the PRC", " of PRC"};

  private final AgencyDictionary dictionary;
  private final LocalBodies localBodies;

  public AgencyRecognizer(AgencyDictionary dictionary, PlaceNames places) {
    this.dictionary = dictionary;
    this.localBodies = new LocalBodies(places);
  }

  @Override
  public List<SurfaceAutomaton<?>> dictionaries() {
    return List.of(dictionary.automaton(), localBodies.places().automaton());
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    NormalizedText text = document.text();
    String t = text.text();
    List<SurfaceAutomaton.Match<AgencySurface>> matches = document.matches(dictionary.automaton());
    addDictionaryMentions(t, matches, mentions);
    localBodies.recognize(document, mentions);
    CouncilBodies.recognize(t, mentions);
    CollectiveIssuers.recognize(t, mentions);
    OfficeAbbreviations.recognize(t, dictionary, mentions);
    IssuerLines.recognize(t, matches, mentions);
    AgencyDefinitions.apply(text, document.shared(AcronymDefinitions.IN_DOCUMENT), dictionary, this::usedAsName,
        mentions);
    AgencyPairs.link(t, mentions);
  }

  private void addDictionaryMentions(String t, List<SurfaceAutomaton.Match<AgencySurface>> matches,
      Mentions mentions) {
    Set<String> companyAcronyms = new HashSet<>();
    for (SurfaceAutomaton.Match<AgencySurface> match : matches) {
      AgencySurface surface = match.value();
      int start = match.start();
      int end = match.end();
      double confidence;
      switch (surface.kind()) {
        case ACRONYM -> {
          if (namesCompany(t, start, end)) {
            companyAcronyms.add(t.substring(start, end));
            continue;
          }
          if (!acronymFits(t, start, end) || hasForeignOwner(t, start)) {
            continue;
          }
          confidence = ACRONYM_CONFIDENCE;
        }
        case ENGLISH_NAME -> {
          if (hasForeignModifier(t, start) || !hasUpperCase(t, start, end)) {
            continue; // "Japan's Ministry of Finance"; "its central committee" describes, it does not name
          }
          confidence = NAME_CONFIDENCE;
        }
        default -> {
          if (!chineseNameFits(t, start, end, surface.kind())) {
            continue;
          }
          confidence = surface.kind() == AgencySurface.Kind.CHINESE_NAME ? NAME_CONFIDENCE : SHORT_NAME_CONFIDENCE;
        }
      }
      AgencyEntry entry = surface.entry();
      if (entry.former()) {
        confidence -= FORMER_PENALTY;
      }
      AgencyRef ref = entry.ref();
      Offices.Found office;
      if (surface.kind() == AgencySurface.Kind.CHINESE_NAME || surface.kind() == AgencySurface.Kind.CHINESE_SHORT_NAME) {
        if (start >= PRC_ZH.length() && t.startsWith(PRC_ZH, start - PRC_ZH.length())) {
          start -= PRC_ZH.length();
        }
        office = Offices.chineseAfter(t, end);
      } else {
        if (surface.kind() == AgencySurface.Kind.ENGLISH_NAME) {
          end = afterCountrySuffix(t, end);
        }
        office = Offices.englishBefore(t, start);
        if (office == null) {
          office = Offices.englishAfter(t, end);
        }
      }
      if (office != null) {
        start = Math.min(start, office.start());
        end = Math.max(end, office.end());
        ref = ref.withOffice(office.office());
      }
      String rule = surface.kind() == AgencySurface.Kind.ACRONYM ? RULE_ACRONYM : RULE_NAME;
      mentions.add(new Mention(EntityType.AGENCY, start, end, ref, confidence, rule));
    }
    if (!companyAcronyms.isEmpty()) {
      // One sense per discourse: an acronym that names a company once names it throughout the document.
      mentions.removeIf(m -> m.type() == EntityType.AGENCY && m.rule().equals(RULE_ACRONYM)
          && companyAcronyms.contains(t.substring(m.start(), m.end())));
    }
  }

  /** An acronym at {@code [start, end)} is used as a body's name: not a company's, not a word of a heading. */
  private boolean usedAsName(String t, int start, int end) {
    return !namesCompany(t, start, end) && acronymFits(t, start, end);
  }

  /** "SAIC Motor", "GAC Group", "SAIC-GM", "GAC-Toyota": the acronym is part of a company's name. */
  private static boolean namesCompany(String t, int start, int end) {
    if (end + 1 < t.length() && t.charAt(end) == '-' && Character.isUpperCase(t.charAt(end + 1))) {
      return true;
    }
    Words.Word next = Words.after(t, end);
    if (next == null || next.start() != end + 1) {
      return false;
    }
    String word = next.text().endsWith("'s") ? next.text().substring(0, next.text().length() - 2) : next.text();
    return COMPANY_WORDS.contains(word);
  }

  /**
   * Not after "a"/"an" unless it modifies the noun that follows ("an NDA" is an agreement, "a MIIT official" works
   * for the ministry), and, if the acronym is also an English word, not inside text written in capitals.
   */
  private boolean acronymFits(String t, int start, int end) {
    Words.Word previous = Words.before(t, start);
    Words.Word next = Words.after(t, end);
    if (previous != null && (previous.text().equalsIgnoreCase("a") || previous.text().equalsIgnoreCase("an"))
        && !modifiesNext(t, end, next)) {
      return false;
    }
    if (!WORD_ACRONYMS.contains(t.substring(start, end))) {
      return true;
    }
    return !isCapitalsWord(previous) && !isCapitalsWord(next) && !inCapitalsLine(t, start, end);
  }

  /** "NDRC-led", "MIIT official": the acronym stands before a hyphenated word or a noun it modifies. */
  private static boolean modifiesNext(String t, int end, Words.Word next) {
    if (end + 1 < t.length() && t.charAt(end) == '-' && Character.isLowerCase(t.charAt(end + 1))) {
      return true;
    }
    return next != null && next.start() == end + 1 && MODIFIED_NOUNS.contains(next.text());
  }

  /** A word written in capitals that is an ordinary word, not an acronym: IMPORTANT, OVERVIEW. */
  private boolean isCapitalsWord(Words.Word word) {
    return word != null && word.isUpperCase() && letters(word.text()) >= 4 && !dictionary.isAcronym(word.text());
  }

  /** A line without lower-case letters and with at least two other capitals words: a heading. */
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
      if (Character.isUpperCase(c) && (i == lineStart || !Character.isLetter(t.charAt(i - 1)))
          && (i < start || i >= end)) {
        Words.Word word = Words.after(t, i);
        if (word != null && letters(word.text()) >= 2 && !dictionary.isAcronym(word.text())) {
          otherWords++;
        }
      }
    }
    return otherWords >= 2;
  }

  private static int letters(String word) {
    int count = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * "Japan's MOF", "France's CEA", "Europe's CAC 40", "the US NSC": an acronym owned by another country or region
   * names that country's body (or something else), not China's. Unlike names, acronyms often follow a capitalized
   * word that is no modifier at all ("In January MIIT said"), so only a possessive or a country code counts.
   */
  private static boolean hasForeignOwner(String t, int start) {
    Words.Word previous = Words.before(t, start);
    if (previous == null || !previous.isCapitalized() || CHINESE_MODIFIERS.contains(previous.text())) {
      return false;
    }
    return previous.text().endsWith("'s") || FOREIGN_CODES.contains(previous.text());
  }

  private static boolean hasUpperCase(String t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Japan's Ministry of Finance", "the German Ministry of Education": another country's body. */
  static boolean hasForeignModifier(String t, int start) {
    Words.Word previous = Words.before(t, start);
    if (previous == null || !previous.isCapitalized()) {
      return false;
    }
    String word = previous.text();
    if (CHINESE_MODIFIERS.contains(word)) {
      return false;
    }
    if (previous.isUpperCase()) {
      return FOREIGN_CODES.contains(word);
    }
    return word.endsWith("'s") || !Words.startsSentence(t, previous.start());
  }

  private static boolean chineseNameFits(String t, int start, int end, AgencySurface.Kind kind) {
    if (t.charAt(end - 1) == '部' && end < t.length() && t.charAt(end) == '门') {
      return false; // 部门: a department in general, not this ministry
    }
    if (DocumentNumbers.follow(t, end)) {
      return false; // 工信部联规〔2021〕206号: a code, not a name
    }
    String name = t.substring(start, end);
    for (String prefix : NATIONAL_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    if (start > 0 && LOCAL_LEVEL.indexOf(t.charAt(start - 1)) >= 0) {
      return false;
    }
    if (kind == AgencySurface.Kind.CHINESE_SHORT_NAME) {
      for (String prefix : FOREIGN_PREFIXES) {
        if (start >= prefix.length() && t.startsWith(prefix, start - prefix.length())) {
          return false;
        }
      }
    }
    return true;
  }

  private static int afterCountrySuffix(String t, int end) {
    for (String suffix : PRC_EN) {
      if (t.regionMatches(true, end, suffix, 0, suffix.length())
          && (end + suffix.length() == t.length() || !Character.isLetterOrDigit(t.charAt(end + suffix.length())))) {
        return end + suffix.length();
      }
    }
    return end;
  }
}
