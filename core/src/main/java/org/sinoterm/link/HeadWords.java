package org.sinoterm.link;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The head words that say what a long form or a noun phrase names. "Beijing Municipal Economic and Information
 * Bureau" is headed by a body noun, "laboratory-wide automated test and analysis pipeline" and "ultrasound
 * endoscopes" by technology nouns, "Semiconductor Manufacturing International Corporation" by a name noun, and
 * "state-owned enterprises" by none of them: a term. Shared by the definition detector, the recognizers and term
 * discovery, so that every part of Sinoterm types a phrase the same way.
 */
public final class HeadWords {

  /** What a phrase names, by its head words. */
  public enum Kind {
    /** A government or party body: "Ministry of Commerce", "Central Leading Group for Cyberspace Affairs". */
    AGENCY,
    /** A technology: "extracorporeal membrane oxygenation", "Internet of Things", "battery management system". */
    TECHNOLOGY,
    /** Another proper name — a company, an event, a plan, a place: "China International Import Expo". */
    NAME,
    /** A common term: "state-owned enterprises", "research and development", "compound annual growth rate". */
    TERM
  }

  /** Nouns that head the name of a body. */
  static final Set<String> AGENCY_HEADS = Set.of("Ministry", "Commission", "Administration", "Bureau", "Office",
      "Council", "Agency", "Committee", "Department", "Court", "Procuratorate", "Congress", "Authority",
      "Secretariat", "Government", "Group", "Center", "Centre", "Federation", "Academy");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+$");

  /**
   * Nouns whose phrases name a technology (singular, lower case): what term discovery promotes to TECHNOLOGY.
   * Generic nouns such as "system", "equipment" or "technology" are not among them: "credit system" and "medical
   * equipment" are not technologies.
   */
  private static final Set<String> TECHNOLOGY_NOUNS = Set.of("imaging", "tomography", "scanner", "scan",
      "radiography", "angiography", "ultrasound", "endoscope", "endoscopy", "stent", "catheter", "implant",
      "pacemaker", "defibrillator", "ventilator", "oxygenation", "dialysis", "hemodialysis", "accelerator",
      "radiotherapy", "therapy", "stimulator", "neurostimulator", "prosthesis", "exoskeleton", "analyzer", "analyser",
      "immunoassay", "assay", "diagnostics", "sequencing", "sequencer", "spectrometer", "spectrometry", "microscope",
      "cytometry", "vaccine", "membrane", "chip", "microchip", "chiplet", "semiconductor", "transistor", "diode",
      "processor", "microprocessor", "microcontroller", "wafer", "lithography", "photolithography", "photoresist",
      "substrate", "sensor", "lidar", "radar", "antenna", "camera", "display", "battery", "cell", "electrolyzer",
      "electrolyser", "electrolyte", "cathode", "anode", "separator", "capacitor", "supercapacitor", "inverter",
      "transformer", "turbine", "reactor", "generator", "motor", "engine", "robot", "robotics", "drone", "aircraft",
      "airliner", "satellite", "rocket", "spacecraft", "submersible", "vehicle", "locomotive", "train", "maglev",
      "laser", "printer", "printing", "alloy", "superalloy", "composite", "ceramic", "fiber", "fibre", "magnet",
      "polymer", "graphene", "nanotube", "catalyst", "reducer", "servo", "bearing", "pump", "valve", "compressor",
      "photovoltaic", "photovoltaics", "computing", "computer", "supercomputer", "software", "algorithm",
      "blockchain", "5g", "6g", "internet", "pipeline", "interface", "module", "telemedicine", "stack",
      "electrolysis", "headset", "terminal", "microgrid", "furnace", "kiln", "tokamak", "detector", "blower",
      "lens", "cannula", "oxygenator", "nanomaterial", "coating", "sputtering", "cable", "converter",
      "gyroscope", "thruster", "propeller", "charger", "emitter", "blade", "ship", "vessel", "tug", "photonics",
      "optics", "electronics", "casting", "bonding", "patterning", "deposition", "etching", "amplification",
      "qubit", "interconnect", "router", "server");
  /** Nouns that also head technologies when a text defines an acronym for them: "inspection system (POCT)". */
  private static final Set<String> DEFINITION_TECHNOLOGY_NOUNS = Set.of("system", "technology", "device",
      "equipment", "network", "platform", "automation", "testing", "diagnosis", "machine", "tool", "instrument",
      "intelligence", "learning", "reality", "communication", "communications", "transmission", "storage",
      "grid", "charging", "driving", "navigation", "manufacturing", "identification", "recognition", "processing");
  /** Nouns that head other proper names: companies, events, plans, zones, institutions. */
  private static final Set<String> NAME_HEADS = Set.of("Corporation", "Corp", "Company", "Co", "Inc", "Ltd",
      "Limited", "Holdings", "Expo", "Exposition", "Exhibition", "Conference", "Forum", "Summit", "Fair", "Games",
      "University", "Institute", "Plan", "Strategy", "Initiative", "Program", "Programme", "Law", "Zone", "Area",
      "Park", "Fund", "Index", "Association", "Alliance", "Chamber", "Bank", "Organization", "Organisation",
      "Union", "Party", "Society", "Exchange", "Market", "Agreement", "Partnership", "Treaty", "Project");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "on", "in", "&", "to",
      "with", "a", "an", "or", "at", "by");
  /**
   * Nouns that head terms of economics, trade and policy (singular, lower case): "market share", "supply chain",
   * "volume-based procurement", "state-owned enterprises", "compound annual growth rate", "power usage
   * effectiveness". A phrase they head is a term, not a technology, whatever its other words.
   */
  private static final Set<String> ECONOMIC_HEADS = Set.of("market", "economy", "chain", "procurement",
      "enterprise", "investment", "capital", "trade", "tax", "tariff", "duty", "price", "pricing", "income",
      "revenue", "profit", "subsidy", "loan", "credit", "finance", "financing", "insurance", "share", "rate",
      "ratio", "index", "growth", "productivity", "effectiveness", "efficiency", "development", "venture",
      "content", "export", "import", "substitution", "exemption", "deduction", "voucher", "bond", "equity",
      "asset", "property", "right", "agreement", "contract", "tender", "bidding", "purchase", "consumption",
      "demand", "employment", "wage", "cost", "spending", "deficit", "surplus", "debt", "inflation", "mechanism",
      "reform", "governance", "localization", "localisation", "mechanization", "mechanisation",
      "industrialization", "industrialisation", "transformation", "upgrading", "cooperation", "competition",
      "competitiveness", "monopoly", "compliance", "listing", "valuation", "dividend", "commodity", "cluster",
      "ecosystem", "force", "infrastructure", "sanction", "value", "welfare", "poverty", "prosperity",
      "reserve", "liquidity", "yield", "volume", "quota", "licence", "license", "standardization");

  private HeadWords() {
  }

  /**
   * What a long form names. A body if it reads like one (every content word capitalized, a body noun among them);
   * a technology if its head noun is a technology noun (including the generic ones a definition makes specific);
   * another name if it has a name noun or is written in Title Case; a term otherwise.
   */
  public static Kind ofLongForm(String longForm) {
    String[] words = WHITESPACE.split(longForm.strip());
    if (words.length == 0 || words[0].isEmpty()) {
      return Kind.TERM;
    }
    boolean titleCase = true;
    boolean agencyHead = false;
    boolean nameHead = false;
    for (String word : words) {
      if (FUNCTION_WORDS.contains(word)) {
        continue;
      }
      String bare = TRAILING_PUNCTUATION.matcher(word).replaceAll("");
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
        titleCase = false;
      }
      agencyHead |= AGENCY_HEADS.contains(bare);
      nameHead |= NAME_HEADS.contains(bare);
    }
    if (titleCase && agencyHead && words.length >= 2) {
      return Kind.AGENCY;
    }
    String head = head(words);
    if (isTechnologyNoun(head) || DEFINITION_TECHNOLOGY_NOUNS.contains(singular(lower(head)))) {
      return Kind.TECHNOLOGY;
    }
    if (nameHead || (titleCase && words.length >= 2)) {
      return Kind.NAME;
    }
    return Kind.TERM;
  }

  /** True if {@code word} (any case, singular or plural) is a noun whose phrases name a technology. */
  public static boolean isTechnologyNoun(String word) {
    String lower = lower(word);
    int hyphen = lower.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < lower.length() - 1) {
      lower = lower.substring(hyphen + 1); // "PET-MRI scanner" has head "scanner"; "5G-connected" has "connected"
    }
    return TECHNOLOGY_NOUNS.contains(lower) || TECHNOLOGY_NOUNS.contains(singular(lower));
  }

  /** True if {@code word} (any case, singular or plural) is a noun that heads economic and policy terms. */
  public static boolean isEconomicHead(String word) {
    String lower = lower(word);
    int hyphen = lower.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < lower.length() - 1) {
      lower = lower.substring(hyphen + 1); // "purchase-tax", "first-use insurance" has "insurance"
    }
    return ECONOMIC_HEADS.contains(lower) || ECONOMIC_HEADS.contains(singular(lower));
  }

  /** True if {@code word} heads technologies when a text defines an acronym for it: "inspection system (POCT)". */
  static boolean isDefinitionTechnologyNoun(String word) {
    return DEFINITION_TECHNOLOGY_NOUNS.contains(singular(lower(word)));
  }

  /** True if {@code word} is a capitalized noun that heads the name of a body. */
  public static boolean isAgencyHead(String word) {
    return AGENCY_HEADS.contains(word);
  }

  /** True if {@code word} is a capitalized noun that heads a company, event, plan or institution name. */
  public static boolean isNameHead(String word) {
    return NAME_HEADS.contains(word);
  }

  /**
   * The head of a phrase: its last word, or in "X of Y" / "X for Y" the last word before the preposition, unless
   * the phrase is a technology named with "of" ("Internet of Things" is headed by "Internet").
   */
  static String head(String[] words) {
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("of") || words[i].equals("for") || words[i].equals("on")) {
        return words[i - 1];
      }
    }
    return TRAILING_PUNCTUATION.matcher(words[words.length - 1]).replaceAll("");
  }

  /** The singular of a regular English plural: "stents" → "stent", "batteries" → "battery". */
  public static String singular(String lower) {
    if (lower.length() > 4 && lower.endsWith("ies")) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.length() > 4 && (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")
        || lower.endsWith("sses"))) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("ics") && !lower.endsWith("sis")) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
