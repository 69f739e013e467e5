package org.sinoterm.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;

/**
 * The words technologies are named with, read from the English names of a technology dictionary, so that a phrase
 * no dictionary lists can still be told to name a technology by its words. "high-bandwidth memory" is headed by a
 * word that heads known technologies ("dynamic random-access memory"), "through-silicon vias" has a technical word
 * ("silicon carbide") and "co-packaged optics" ends like "fiber optics"; "market share" and "power usage
 * effectiveness" are headed by economic nouns ({@link HeadWords#isEconomicHead(String)}) and name terms.
 *
 * <p>Words that name no technology by themselves — generic heads ("system", "equipment", "line"), sectors
 * ("industry", "energy") and economic words ("economy", "market") — are left out, so "production lines" and
 * "renewable power projects" have no technical head.
 *
 * <pre>{@code
 * TechnicalWords words = TechnicalWords.bundled();
 * words.kindOf("high-bandwidth memory", true)     // TECHNOLOGY
 * words.kindOf("market share", false)             // TERM
 * words.kindOf("intensive care beds", false)      // null: neither
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TechnicalWords {

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-/]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD_OR_JOINER = Pattern.compile("[^\\p{L}\\p{N}\\-/]+");

  /**
   * Words of technology names that say nothing about which technology is meant: generic heads, sectors, places of
   * use, and the general modifiers of names ("high-end", "new", "smart" stays: it makes a thing specific).
   */
  private static final Set<String> NOT_TECHNICAL = Set.of(
      "foundry", "fab", "mill", "yard", "shipyard", "works", "system", "equipment", "device", "machine", "unit",
      "product", "platform", "technology", "software", "tool",
      "solution", "line", "industry", "sector", "energy", "power", "economy", "market", "service", "support",
      "management", "production", "processing", "treatment", "control", "design", "data", "test", "testing",
      "engineering", "application", "use", "utilization", "generation", "new", "high", "low", "large", "small",
      "advanced", "total", "general", "high-end", "modern", "next", "one", "plus", "home", "city", "cities",
      "center", "centre", "station", "plant", "factory", "farm", "hospital", "building", "construction", "transport",
      "transportation", "access", "aid", "care", "car", "heart", "joint", "limb", "point", "record", "stock",
      "target", "media", "model", "material", "metal", "element", "component", "consumable", "instrument",
      "chemical", "drug", "medicine", "water", "gas", "fuel", "steel", "iron", "glass", "cement", "food", "currency",
      "payment", "security", "chain", "exchange", "press", "reaction", "current", "cycle", "definition", "evolution",
      "exploration", "extraction", "integration", "intelligence", "reality", "everything", "things", "internet", "v",
      "hao", "foss", "fi", "yuan", "cny", "infrastructure", "logistics", "shipping", "aviation", "agriculture",
      "farming", "healthcare", "welding", "cutting", "collection", "distribution", "recovery", "reuse",
      "replacement", "restoration", "separation", "reduction", "refining", "melting", "heating", "drive", "contact",
      "graph", "card", "board", "film", "tag", "arm", "knife", "speaker", "assistant", "appliance", "crop",
      "organism", "breeding", "waste", "carbon", "noise", "soil", "sewage", "vision", "learning", "recognition",
      "communication", "communications", "navigation", "monitoring", "diagnosis", "diagnostic", "automation",
      "manufacturing", "of", "and", "for", "the", "on", "in", "to", "with", "a", "an", "or", "by", "acquisition",
      "bypass", "capture", "carrier", "chamber", "circulation", "coordination", "cracking", "disposal",
      "fabrication", "fan", "filter", "gear", "gearing", "implantation", "incineration", "labeling", "labelling",
      "landing", "levitation", "lighting", "liquefaction", "liquid", "machinery", "machining", "phone", "pile",
      "planning", "ranging", "reagent", "remediation", "screen", "ship", "swap", "swapping", "tank", "television",
      "terminal", "transit", "twin", "vessel", "video", "warehouse", "warehousing", "wind", "workshop",
      "workstation", "telehealth", "program");
  /** Endings of chemical and material names: "polymethylpentene", "gallium nitride", "lithium iron phosphate". */
  private static final List<String> MATERIAL_ENDINGS = List.of("ene", "ide", "ium", "phosphate", "carbonate",
      "silicate", "oxide", "imide", "amide", "ester", "polymer");

  private final Set<String> heads;
  private final Set<String> words;

  private TechnicalWords(Set<String> heads, Set<String> words) {
    this.heads = Set.copyOf(heads);
    this.words = Set.copyOf(words);
  }

  private static final class Bundled {
    static final TechnicalWords WORDS = of(BundledDictionaries.technologies());
  }

  /** The words of the bundled technology dictionary, read once. */
  public static TechnicalWords bundled() {
    return Bundled.WORDS;
  }

  /** The words of the English names ({@code en}, {@code en_variants}) of a {@code technology/1} file. */
  public static TechnicalWords of(TsvFile technologies) {
    Set<String> heads = new HashSet<>();
    Set<String> words = new HashSet<>();
    int en = technologies.columnIndex("en");
    int variants = technologies.columnIndex("en_variants");
    for (TsvFile.Row row : technologies.rows()) {
      StringBuilder names = new StringBuilder(row.get(en));
      if (variants >= 0) {
        names.append('|').append(row.get(variants));
      }
      for (String name : names.toString().split("\\|")) {
        String[] parts = split(name);
        for (int i = 0; i < parts.length; i++) {
          String word = HeadWords.singular(parts[i]);
          if (word.length() < 3 || NOT_TECHNICAL.contains(word) || HeadWords.isEconomicHead(word)
              || !word.chars().allMatch(Character::isLetter)) {
            continue;
          }
          words.add(word);
          if (i == parts.length - 1) {
            heads.add(word);
          }
        }
      }
    }
    return new TechnicalWords(heads, words);
  }

  private static String[] split(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? new String[0] : WORD_SEPARATORS.split(lower);
  }

  /**
   * True if {@code word} (any case, singular or plural) heads technologies: a technology noun
   * ({@link HeadWords#isTechnologyNoun(String)}) or the last word of a technology's name.
   */
  public boolean isHead(String word) {
    if (HeadWords.isTechnologyNoun(word)) {
      return true;
    }
    String[] parts = split(word);
    return parts.length > 0 && heads.contains(HeadWords.singular(parts[parts.length - 1]));
  }

  /**
   * True if {@code word} is a word of technology names ("silicon", "optics", "grid"), a compound that ends in one
   * ("electrochemiluminescence"), or the name of a material ("polymethylpentene").
   */
  public boolean isTechnical(String word) {
    for (String part : split(word)) {
      String singular = HeadWords.singular(part);
      if (words.contains(singular) || HeadWords.isTechnologyNoun(singular) || isMaterial(singular)) {
        return true;
      }
      for (int i = 1; i + 6 <= singular.length(); i++) {
        if (words.contains(singular.substring(i))) {
          return true; // electro|chemiluminescence, nano|photonics
        }
      }
    }
    return false;
  }

  private static boolean isMaterial(String word) {
    if (word.length() < 8 || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (word.startsWith("poly")) {
      return true;
    }
    for (String ending : MATERIAL_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a common-noun phrase names, by its words. TECHNOLOGY if its head is a technology noun or heads
   * technologies; TERM if its head is an economic or policy noun; for a phrase a text defines ({@code defined}:
   * "long form (ACR)", a bracketed gloss), TECHNOLOGY also when any word is technical and TERM otherwise. For a
   * phrase found by term discovery, null when the words say neither.
   */
  public HeadWords.Kind kindOf(String phrase, boolean defined) {
    String[] tokens = WHITESPACE.split(phrase.strip());
    if (tokens.length == 0 || tokens[0].isEmpty()) {
      return defined ? HeadWords.Kind.TERM : null;
    }
    String head = HeadWords.head(tokens);
    if (HeadWords.isTechnologyNoun(head)) {
      return HeadWords.Kind.TECHNOLOGY;
    }
    if (HeadWords.isEconomicHead(head)) {
      return HeadWords.Kind.TERM;
    }
    if (isHead(head) || (defined && HeadWords.isDefinitionTechnologyNoun(head))) {
      return HeadWords.Kind.TECHNOLOGY;
    }
    if (defined) {
      for (String token : tokens) {
        if (isTechnical(NOT_WORD_OR_JOINER.matcher(token).replaceAll(""))) {
          return HeadWords.Kind.TECHNOLOGY;
        }
      }
      return HeadWords.Kind.TERM;
    }
    return null;
  }
}
