package org.sinoterm.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sinoterm.link.HeadWords;
import org.sinoterm.link.TechnicalWords;
import org.sinoterm.text.Characters;
import org.sinoterm.text.HanLp;

/**
 * Finds candidate terms in English and Chinese text and ranks them by C-value (Frantzi, Ananiadou and Mima,
 * "Automatic recognition of multi-word terms: the C-value/NC-value method", 2000).
 *
 * <p>Candidates are noun phrases picked by part-of-speech patterns: in English, runs of adjectives, nouns and
 * proper nouns (and participles before a noun: "imaging guided radiation therapy") that end in a noun, tagged by
 * {@link EnglishTagger}; in Chinese, runs of nouns, verbal nouns and distinguishing words that end in a noun,
 * segmented and tagged by HanLP through {@link HanLp#segment(String)}. Leading general modifiers ("new", "foreign",
 * "key", 重点, 各类) are dropped, and every contiguous part of a phrase that ends in a noun is a candidate too, so
 * that nested terms are counted as C-value requires. A candidate has at least two words.
 *
 * <p>C-value of a candidate {@code a} of {@code |a|} words seen {@code f(a)} times, nested in the longer candidates
 * {@code T(a)}: {@code log2|a| · (f(a) − Σ f(b) / |T(a)|)}, or {@code log2|a| · f(a)} when it is never nested.
 *
 * <pre>{@code
 * TermDiscovery discovery = TermDiscovery.load();
 * discovery.rank(List.of("… ultrahigh field magnetic resonance imaging …", "…"))
 *     // [RankedTerm[term=ultrahigh field magnetic resonance imaging, words=5, frequency=1, cValue=2.32, …], …]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TermDiscovery {

  /** One occurrence of a candidate: offsets in the text, its canonical form, word count and head. */
  public record Occurrence(int start, int end, String form, int words, boolean technology, boolean maximal) {
  }

  /**
   * A ranked candidate.
   *
   * @param term the canonical form (lower case except for acronyms, plural head made singular; Chinese as written)
   * @param words the number of words
   * @param frequency how often it occurs, nested occurrences included
   * @param cValue its C-value
   * @param technology true if its head is a technology noun ({@link HeadWords#isTechnologyNoun(String)})
   */
  public record RankedTerm(String term, int words, int frequency, double cValue, boolean technology) {
  }

  private static final int MAX_WORDS = 7;
  /** Modifiers that say something about the text, not the concept: dropped from the start of a phrase. */
  private static final Set<String> GENERAL_MODIFIERS = Set.of("new", "other", "several", "many", "various", "more",
      "most", "further", "certain", "major", "key", "main", "core", "own", "first", "same", "different", "such",
      "relevant", "related", "foreign", "domestic", "chinese", "china", "global", "local", "international",
      "national", "leading", "large", "top", "latest", "modern", "existing", "current", "future", "imported",
      "crucial", "critical", "important", "strategic", "specialized", "specialised", "innovative", "traditional",
      "typical", "overall", "whole", "entire", "basic", "common", "general", "indigenous", "homegrown", "significant",
      "huge", "great", "big", "small", "high", "low", "good", "better", "best", "total", "annual", "ambitious",
      "respective", "additional", "remaining", "so-called", "multiple", "numerous", "possible",
      "potential", "particular", "specific", "similar", "increased", "growing", "rapid", "strong",
      "favorable", "favourable", "successful", "unsuccessful", "high-quality", "year", "years", "percent",
      "american", "european", "german", "us", "eu", "western", "ageing", "aging", "old", "older", "outdated",
      "provincial", "municipal", "eligible", "supported", "listed", "approved", "planned", "proposed", "selected",
      "qualified", "designated", "whose", "this", "that", "these", "those",
      // evaluations and times that say something about the text, not what the thing is ("cheap batteries", "a
      // classical supercomputer", "practical quantum computing", "the newest sequencing line")
      "cheap", "cheaper", "cheapest", "expensive", "costly", "affordable", "enough", "sufficient", "classical",
      "conventional", "practical", "commercial", "fully", "advanced", "high-end", "newest", "next", "last",
      "previous", "past", "coming", "following", "home", "monthly", "weekly", "daily", "yearly", "quarterly",
      "efficient", "reliable", "powerful", "standard", "ordinary", "regular", "simple", "mainstream", "mature",
      "state-of-the-art", "cutting-edge", "top-end", "low-end", "mid-range", "popular", "famous", "well-known",
      "real", "true", "actual", "some", "any", "every", "each", "all", "no", "flagship", "private", "public",
      "tiny", "dense", "test", "prototype", "pilot", "demonstration", "trial", "extra", "record", "second", "third",
      "falling", "rising", "higher", "lower", "declining", "increasing", "shrinking", "soaring");
  /** Endings of modifiers that say who owns, pays for or made a thing: "state-backed", "Chinese-made". */
  private static final List<String> OWNERSHIP_ENDINGS = List.of("-backed", "-owned", "-funded", "-run", "-made",
      "-built", "-produced", "-developed", "-designed", "-sponsored", "-financed", "-led");
  /** Heads that make a phrase a description, not a term. */
  private static final Set<String> GENERAL_HEADS = Set.of("percent", "year", "years", "time", "times", "part",
      "parts", "way", "ways", "number", "numbers", "lot", "kind", "kinds", "type", "types", "end", "side", "rest",
      "majority", "one", "ones", "thing", "things", "area", "areas", "field", "fields", "aspect", "aspects",
      "issue", "issues", "goal", "goals", "target", "targets", "step", "steps", "effort", "efforts", "period",
      "month", "months", "week", "weeks", "day", "days", "case", "cases", "point", "points", "plan", "plans",
      "policy", "policies", "notice", "article", "link", "date", "body", "bodies", "purpose", "option", "options",
      // organizations and people: who does something, not a concept
      "commission", "commissions", "committee", "ministry", "ministries", "bureau", "government", "governments",
      "authority", "authorities", "agency", "agencies", "department", "departments", "company", "companies", "firm",
      "firms", "enterprise", "enterprises", "maker", "makers", "manufacturer", "manufacturers", "producer",
      "producers", "supplier", "suppliers", "vendor", "vendors", "hospital", "hospitals", "clinic", "clinics",
      "group", "groups", "people", "official", "officials", "researcher", "researchers", "analyst", "analysts",
      "investor", "investors", "consumer", "consumers", "user", "users", "country", "countries", "city", "cities",
      "province", "provinces", "operator", "operators", "startup", "startups", "giant", "giants", "head", "heads",
      // times, places and documents: "last quarter", "imaging centre", "the next VBP round", "category B"
      "quarter", "quarters", "half", "decade", "decades", "century", "hour", "hours", "minute", "minutes", "project",
      "projects", "industry", "sector", "sectors", "prototype", "prototypes", "version", "versions", "round", "rounds",
      "catalogue", "catalog", "list", "lists", "category", "categories", "item", "items", "bed", "beds", "budget",
      "budgets", "site", "sites", "region", "regions", "stage", "stages", "scheme", "schemes", "program",
      "programme", "programs", "programmes", "initiative", "initiatives", "campaign", "campaigns", "report",
      "reports", "document", "documents", "meeting", "meetings", "statement", "statements", "news", "story");
  /** Heads that follow a technology's name without adding to it: "sequencing platforms", "ECMO systems". */
  private static final Set<String> GENERIC_DEVICE_HEADS = Set.of("system", "systems", "equipment", "device",
      "devices", "machine", "machines", "unit", "units", "product", "products", "platform", "platforms",
      "technology", "technologies", "software", "tool", "tools", "solution", "solutions", "design", "designs",
      "network", "networks");
  /**
   * Plural forms that modify another noun ("communications satellite", "sales tax"): not subjects, unlike the
   * plural before a verb in "makers supply batteries".
   */
  private static final Set<String> PLURAL_MODIFIERS = Set.of("sales", "goods", "arms", "news", "customs", "means",
      "series", "species", "savings", "earnings", "services", "systems", "materials", "parts", "components",
      "assets", "funds", "chips", "devices", "products", "operations", "communications", "electronics",
      "logistics", "economics", "physics", "plastics", "robotics", "optics", "photonics", "graphics", "genetics",
      "ceramics", "mechanics", "statistics", "analytics", "diagnostics", "energies", "resources", "rights",
      "rates", "prices", "emissions", "exports", "imports", "utilities", "arts", "humanities", "athletics");
  /** English prepositions: the tagger's ADP for any other word is a mistake ("atomic/ADP layer deposition"). */
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "to",
      "into", "onto", "over", "under", "about", "above", "across", "after", "against", "along", "among", "around",
      "as", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "despite",
      "down", "during", "except", "inside", "like", "near", "off", "out", "outside", "past", "per", "since",
      "than", "through", "throughout", "till", "toward", "towards", "until", "up", "upon", "via", "within",
      "without", "amid", "amongst", "including", "regarding", "concerning", "versus", "vs", "vs.", "unlike",
      "plus", "minus", "opposite", "round", "save", "because", "if", "while", "whether", "so", "that",
      "although", "though", "unless", "once", "where", "when");
  /** English determiners: the tagger's DET for any other word is a mistake. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
      "every", "some", "any", "no", "all", "both", "either", "neither", "another", "such", "what", "which",
      "whose", "whatever", "whichever", "my", "your", "his", "her", "its", "our", "their", "much", "many", "few",
      "several", "enough", "half", "other", "last", "next", "own", "same");
  private static final List<String> ADJECTIVE_ENDINGS = List.of("ic", "al", "ous", "ive", "ary", "ful", "less",
      "able", "ible", "ed", "ing");
  /** Words after which a bare word is a verb: "will test", "plans to test", "that flags lung nodules". */
  private static final Set<String> BEFORE_VERB = Set.of("that", "which", "who", "will", "would", "can", "could",
      "must", "should", "may", "might", "shall", "to", "not", "also", "now", "still", "already", "often", "usually",
      "never", "always", "then", "they", "we", "it", "he", "she");
  /** Adjectives that take a complement and end a noun phrase: "vouchers worth CNY 600 million". */
  private static final Set<String> PHRASE_BREAKERS = Set.of("worth", "due", "able", "unable", "likely", "unlikely",
      "ready", "subject", "prone", "ahead", "alone", "aboard", "abroad", "ago");
  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him",
      "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "this",
      "that", "these", "those", "who", "whom", "whose", "which", "what", "one", "ones", "anyone", "everyone",
      "someone", "something", "anything", "nothing", "everything", "each", "both", "all", "some", "none", "another",
      "other", "others", "itself", "themselves", "ourselves", "himself", "herself", "yourself", "myself");
  /** Verbs that start the items of a target list ("Support …", "Promote …"), which the tagger may read as nouns. */
  private static final Set<String> IMPERATIVES = Set.of("support", "promote", "develop", "build", "establish",
      "accelerate", "encourage", "strengthen", "improve", "expand", "advance", "foster", "achieve", "incorporate",
      "facilitate", "implement", "set", "create", "cultivate", "raise", "speed", "integrate", "lift", "draft",
      "reduce", "limit", "ensure", "grow", "double", "test", "focus", "apply", "upgrade", "increase", "open",
      "launch", "deploy", "use", "adopt", "boost", "cut", "deepen", "enhance", "guide", "optimize", "optimise",
      "explore", "push", "make", "help", "allow", "enable", "modernize", "modernise", "standardize",
      "standardise", "master", "break", "fill", "localize", "localise", "install", "keep", "report", "add", "equip",
      "require", "provide", "replace", "connect", "introduce", "retire", "ban", "phase", "invest");
  /** Verbs that the tagger reads as nouns right after a subject noun. */
  private static final Set<String> MISTAGGED_VERBS = Set.of("rose", "fell", "grew", "surged", "soared", "jumped",
      "dropped", "declined", "increased", "remained", "matters", "says", "said", "shows", "showed", "plans", "aims",
      "seeks", "needs", "wants", "names", "lists", "covers", "targets", "calls", "sets", "makes", "uses", "runs");
  /** HanLP tags a Chinese term may be made of, and those its last word may have. */
  private static final Set<String> ZH_PARTS = Set.of("n", "nz", "nl", "ng", "vn", "gi", "gm", "gb", "gc", "gg",
      "gp", "b", "bl", "an", "nf", "nh", "nhd", "nhm", "nmc", "nnd", "nnt", "nba");
  private static final Set<String> ZH_HEADS = Set.of("n", "nz", "nl", "ng", "vn", "gi", "gm", "gb", "gc", "gg",
      "gp", "nf", "nh", "nhd", "nhm", "nmc", "nnd", "nnt");
  /** Chinese nouns of who does something: a run breaks after them (企业配套生产医用传感器 → 医用传感器). */
  private static final Set<String> ZH_SUBJECTS = Set.of("企业", "单位", "机构", "医院", "政府", "部门", "公司",
      "高校", "院所", "用户", "厂商", "各地");
  private static final Set<String> ZH_MODIFIERS = Set.of("重点", "各类", "各种", "相关", "主要", "关键", "核心",
      "新型", "重大", "国内", "国外", "我国", "全国", "一批", "若干", "有关", "其他", "高端", "先进");
  /** Chinese heads that make a phrase a technology. */
  private static final String[] ZH_TECHNOLOGY_ENDINGS = {"芯片", "电池", "传感器", "机器人", "成像", "支架", "膜",
      "激光", "雷达", "卫星", "火箭", "发动机", "电机", "显示屏", "面板", "器", "仪", "镜", "机", "合金", "纤维",
      "半导体", "晶体管", "算法", "软件", "组件", "模组", "电堆"};

  private final EnglishTagger tagger;

  private TermDiscovery(EnglishTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * Loads the English models.
   *
   * @throws IllegalStateException naming the model if one is missing
   */
  public static TermDiscovery load() {
    return new TermDiscovery(EnglishTagger.load());
  }

  /** Ranks the candidates of a corpus by C-value, best first; ties by length, then alphabetically. */
  public List<RankedTerm> rank(Collection<String> documents) {
    Objects.requireNonNull(documents, "documents");
    List<Occurrence> all = new ArrayList<>();
    for (String document : documents) {
      all.addAll(candidates(document));
    }
    return rank(all);
  }

  /** The candidate occurrences of one text, maximal phrases and their nested parts, in the text's offsets. */
  public List<Occurrence> candidates(String text) {
    Objects.requireNonNull(text, "text");
    List<Occurrence> out = new ArrayList<>();
    for (EnglishTagger.Sentence sentence : tagger.tag(text)) {
      english(text, retag(joinHyphens(text, sentence.tokens())), out);
    }
    chinese(text, out);
    return out;
  }

  /**
   * C-values of the candidates in {@code occurrences}, ranked. A Chinese candidate's {@link Occurrence#form()}
   * keeps its word boundaries as middle dots (U+00B7); its ranked term does not.
   */
  static List<RankedTerm> rank(List<Occurrence> occurrences) {
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, Occurrence> example = new HashMap<>();
    for (Occurrence occurrence : occurrences) {
      frequency.merge(occurrence.form(), 1, Integer::sum);
      example.putIfAbsent(occurrence.form(), occurrence);
    }
    // T(a): the longer candidates a is nested in, found by enumerating each candidate's parts.
    Map<String, Set<String>> nestedIn = new HashMap<>();
    for (String form : frequency.keySet()) {
      boolean chinese = Characters.containsHan(form);
      List<String> words = words(form, chinese);
      for (int i = 0; i < words.size(); i++) {
        for (int j = i + 2; j <= words.size(); j++) {
          if (j - i == words.size()) {
            continue;
          }
          String part = String.join(chinese ? "" : " ", words.subList(i, j));
          if (frequency.containsKey(part)) {
            nestedIn.computeIfAbsent(part, k -> new HashSet<>()).add(form);
          }
        }
      }
    }
    List<RankedTerm> ranked = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : frequency.entrySet()) {
      Occurrence occurrence = example.get(entry.getKey());
      double log = Math.log(occurrence.words()) / Math.log(2);
      double f = entry.getValue();
      Set<String> longer = nestedIn.get(entry.getKey());
      if (longer != null) {
        double sum = 0;
        for (String b : longer) {
          sum += frequency.get(b);
        }
        f -= sum / longer.size();
      }
      ranked.add(new RankedTerm(entry.getKey().replace("\u00B7", ""), occurrence.words(), entry.getValue(),
          log * f, occurrence.technology()));
    }
    ranked.sort(Comparator.comparingDouble(RankedTerm::cValue).reversed()
        .thenComparing(Comparator.comparingInt(RankedTerm::words).reversed())
        .thenComparing(RankedTerm::term));
    return ranked;
  }

  private static List<String> words(String form, boolean chinese) {
    if (!chinese) {
      return List.of(form.split(" "));
    }
    return List.of(form.split("\u00B7")); // Chinese forms keep their word boundaries as middle dots
  }

  /** "laboratory - wide" as the tokenizer splits it is one word "laboratory-wide", tagged as its last part. */
  private static List<EnglishTagger.Token> joinHyphens(String text, List<EnglishTagger.Token> tokens) {
    List<EnglishTagger.Token> in = splitLeadingHyphens(tokens);
    List<EnglishTagger.Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      EnglishTagger.Token token = in.get(i);
      while (i + 2 < in.size() && in.get(i + 1).text().equals("-")
          && in.get(i + 1).start() == token.end() && in.get(i + 2).start() == in.get(i + 1).end()) {
        EnglishTagger.Token last = in.get(i + 2);
        // "volume-based", "5G-connected", "fan-out": a compound that does not end in a noun modifies like an adjective;
        // so does one before another word of a noun phrase ("real-time operating systems", "wafer-level packaging")
        String after = i + 3 < in.size() ? in.get(i + 3).tag() : "";
        String afterWord = i + 3 < in.size() ? lower(in.get(i + 3).text()) : "";
        String afterNext = i + 4 < in.size() ? in.get(i + 4).tag() : "";
        boolean beforePhraseWord = NOUN_TAGS.contains(after) || after.equals("ADJ")
            || (after.equals("VERB") && afterWord.endsWith("ing") && NOUN_TAGS.contains(afterNext));
        String tag = (NOUN_TAGS.contains(last.tag()) || last.tag().equals("NUM")) && !beforePhraseWord
            ? last.tag() : "ADJ";
        token = new EnglishTagger.Token(token.start(), last.end(), text.substring(token.start(), last.end()), tag);
        i += 2;
      }
      out.add(token);
    }
    return out;
  }

  /** "phased -array" as the tokenizer sometimes splits it: "phased", "-", "array", so that it joins like others. */
  private static List<EnglishTagger.Token> splitLeadingHyphens(List<EnglishTagger.Token> tokens) {
    List<EnglishTagger.Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      EnglishTagger.Token token = tokens.get(i);
      String word = token.text();
      if (i > 0 && word.length() > 1 && word.charAt(0) == '-' && Character.isLetterOrDigit(word.charAt(1))
          && tokens.get(i - 1).end() == token.start()) {
        out.add(new EnglishTagger.Token(token.start(), token.start() + 1, "-", "PUNCT"));
        out.add(new EnglishTagger.Token(token.start() + 1, token.end(), word.substring(1), "NOUN"));
      } else {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * Corrects the tags that matter for noun phrases. A gerund after a noun or adjective that ends the phrase is its
   * head noun ("magnetic resonance imaging", "gene sequencing"); a participle before a noun modifies it like an
   * adjective ("guided", "automated") unless it follows a noun or pronoun, where it is the verb ("researchers
   * tested flexible modules"); and a few verbs the tagger often reads as nouns after a subject ("stacks rose",
   * "the plan aims") end a phrase.
   */
  private static List<EnglishTagger.Token> retag(List<EnglishTagger.Token> tokens) {
    List<EnglishTagger.Token> out = new ArrayList<>(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      EnglishTagger.Token token = tokens.get(i);
      String word = lower(token.text());
      String previous = i > 0 ? tokens.get(i - 1).tag() : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : "";
      String tag = token.tag();
      if ((tag.equals("PUNCT") || tag.equals("SYM") || tag.equals("X")) && word.indexOf('-') > 0 && hasLetter(word)) {
        tag = "ADJ"; // "single-cell", kept whole by the tokenizer and tagged as punctuation
      } else if (tag.equals("PRON") && !PRONOUNS.contains(word)) {
        tag = "NOUN"; // "oxygen therapy/PRON"
      }
      if (tag.equals("DET") && !DETERMINERS.contains(word) && hasLetter(word)) {
        tag = "NOUN"; // "phased-array antennas/DET"
      }
      if (tag.equals("ADP") && !PREPOSITIONS.contains(word) && hasLetter(word)
          && (NOUN_TAGS.contains(next) || next.equals("ADJ"))) {
        tag = ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith) ? "ADJ" : "NOUN"; // "atomic/ADP layer deposition"
      }
      String before = i > 0 ? tokens.get(i - 1).text() : "";
      if (word.endsWith("ing") && (previous.equals("AUX") || before.equals(",") || before.equals(";"))) {
        tag = "VERB"; // "are testing enzymatic recycling", "…, using immersion lithography tools"
      } else if (tag.equals("VERB") && word.endsWith("ing") && (previous.equals("NOUN") || previous.equals("ADJ"))
          && !NOUN_TAGS.contains(next) && !next.equals("ADJ") && !next.equals("DET")) {
        tag = "NOUN";
      } else if (tag.equals("VERB") && (word.endsWith("ed") || word.endsWith("ing"))
          && (NOUN_TAGS.contains(next) || next.equals("ADJ"))) {
        tag = NOUN_TAGS.contains(previous) || previous.equals("PRON") || previous.equals("AUX") ? "VERB" : "ADJ";
      } else if (i > 0 && NOUN_TAGS.contains(previous) && MISTAGGED_VERBS.contains(word)) {
        tag = "VERB";
      } else if (tag.equals("VERB") && word.endsWith("s") && (NOUN_TAGS.contains(previous) || previous.equals("ADJ"))
          && !NOUN_TAGS.contains(next) && !next.equals("ADJ") && !next.equals("DET") && !next.equals("PRON")
          && !next.equals("NUM") && TechnicalWords.bundled().isHead(word)) {
        tag = "NOUN"; // "centrifugal blood pumps/VERB in reserve": a technology noun in the plural
      }
      if (!tag.equals(token.tag())) {
        out.set(i, new EnglishTagger.Token(token.start(), token.end(), token.text(), tag));
      }
    }
    return out;
  }

  private static void english(String text, List<EnglishTagger.Token> tokens, List<Occurrence> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!phraseWord(tokens, i) || startsWithVerb(text, tokens, i)) {
        i++;
        continue;
      }
      if (afterVerbCue(tokens, i)) {
        i++; // "will test", "that flags lung nodules": a verb starts no phrase
        continue;
      }
      int start = i;
      boolean verb = false;
      while (i < tokens.size() && phraseWord(tokens, i)) {
        if (i > start && (verbLike(tokens, i) || subjectVerb(tokens, i)
            || lineBreakBetween(text, tokens.get(i - 1), tokens.get(i)))) {
          verb = !lineBreakBetween(text, tokens.get(i - 1), tokens.get(i));
          break;
        }
        i++;
      }
      int end = i; // exclusive; trim to the last noun
      if (verb) {
        i++; // the verb starts no phrase
      }
      while (end > start && !NOUN_TAGS.contains(tokens.get(end - 1).tag())) {
        end--;
      }
      if (end - start >= 3 && GENERIC_DEVICE_HEADS.contains(lower(tokens.get(end - 1).text()))
          && HeadWords.isTechnologyNoun(tokens.get(end - 2).text())) {
        end--; // "single-cell sequencing platforms" names "single-cell sequencing"
        tokens.set(end - 1, asNoun(tokens.get(end - 1)));
      }
      boolean quoted = start > 0 && end < tokens.size() && isQuote(tokens.get(start - 1).text())
          && isQuote(tokens.get(end).text());
      while (start < end && !quoted && generalModifier(tokens.get(start).text())) {
        start++; // but a phrase in quotes is the term as written: "new quality productive forces"
      }
      if (end - start > MAX_WORDS) {
        start = end - MAX_WORDS;
      }
      addEnglish(text, tokens, start, end, out);
    }
  }

  /**
   * A plural noun after a singular noun and before another word of the phrase is a verb the tagger missed: "the
   * plan names core technologies". Noun compounds put the plural last ("supply chains"), not inside.
   */
  private static boolean verbLike(List<EnglishTagger.Token> tokens, int i) {
    EnglishTagger.Token token = tokens.get(i);
    String word = lower(token.text());
    if (!token.tag().equals("NOUN") || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
        || word.endsWith("is") || isAcronymLike(token.text()) || i + 1 >= tokens.size()) {
      return false;
    }
    if (GENERAL_HEADS.contains(word)) {
      return false; // "battery makers supply …": the plural is the subject's head, the verb comes after it
    }
    EnglishTagger.Token previous = tokens.get(i - 1);
    String previousWord = lower(previous.text());
    String next = tokens.get(i + 1).tag();
    return previous.tag().equals("NOUN") && !previousWord.endsWith("s")
        && (phraseWord(tokens, i + 1) || next.equals("DET") || next.equals("PRON")); // "the fund shifts its bets"
  }

  /**
   * A bare word after a plural subject, before the rest of the phrase, is a verb the tagger took for a noun: "makers
   * supply batteries", "cars combine roof-mounted lidar", "Factories connect machines". Noun compounds do not put a
   * plural first, except for a few plural forms that modify ({@link #PLURAL_MODIFIERS}: "sales tax").
   */
  private static boolean subjectVerb(List<EnglishTagger.Token> tokens, int i) {
    EnglishTagger.Token token = tokens.get(i);
    String word = token.text();
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.endsWith("s") || word.indexOf('-') >= 0
        || i + 1 >= tokens.size()) {
      return false;
    }
    EnglishTagger.Token previous = tokens.get(i - 1);
    String previousWord = lower(previous.text());
    boolean pluralSubject = previous.tag().equals("NOUN") && previousWord.length() > 3 && previousWord.endsWith("s")
        && !previousWord.endsWith("ss") && !previousWord.endsWith("us") && !previousWord.endsWith("sis")
        && !isAcronymLike(previous.text()) && !PLURAL_MODIFIERS.contains(previousWord);
    String next = tokens.get(i + 1).tag();
    return pluralSubject && (phraseWord(tokens, i + 1) || next.equals("DET") || next.equals("PRON")
        || next.equals("NUM"));
  }

  /** A word right after a modal or a relative pronoun is a verb: "can print", "that flags lung nodules". */
  private static boolean afterVerbCue(List<EnglishTagger.Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String previous = lower(tokens.get(i - 1).text());
    if (!BEFORE_VERB.contains(previous)) {
      return false;
    }
    String word = tokens.get(i).text();
    boolean relative = previous.equals("that") || previous.equals("which") || previous.equals("who");
    return Character.isLowerCase(word.charAt(0)) && (!relative || (word.endsWith("s") && !word.endsWith("ss")
        && i + 1 < tokens.size() && (phraseWord(tokens, i + 1) || tokens.get(i + 1).tag().equals("DET"))));
  }

  /** "Support surgical robots": a sentence or list item that starts with its verb. */
  private static boolean startsWithVerb(String text, List<EnglishTagger.Token> tokens, int i) {
    if (!IMPERATIVES.contains(lower(tokens.get(i).text()))) {
      return false;
    }
    if (i == 0 || lineBreakBetween(text, tokens.get(i - 1), tokens.get(i))) {
      return true;
    }
    // "3. Install waste heat recovery": after a list marker ("3", ".", "(a)", "-") at the start of a line
    int j = i - 1;
    while (j >= 0 && i - j <= 3 && tokens.get(j).text().matches("\\d{1,2}|[a-zA-Z]|[.)(\\-\u2022*]")
        && !lineBreakBetween(text, tokens.get(j), tokens.get(j + 1))) {
      j--;
    }
    return j < i - 1 && (j < 0 || lineBreakBetween(text, tokens.get(j), tokens.get(j + 1)));
  }

  private static boolean lineBreakBetween(String text, EnglishTagger.Token a, EnglishTagger.Token b) {
    return text.substring(a.end(), b.start()).indexOf('\n') >= 0;
  }

  private static EnglishTagger.Token asNoun(EnglishTagger.Token token) {
    return new EnglishTagger.Token(token.start(), token.end(), token.text(), "NOUN");
  }

  /** An adjective, noun or proper noun (after {@link #retag}). */
  private static boolean phraseWord(List<EnglishTagger.Token> tokens, int i) {
    EnglishTagger.Token token = tokens.get(i);
    if (!hasLetter(token.text()) || token.text().endsWith("'s")) {
      return false;
    }
    String word = lower(token.text());
    if (PHRASE_BREAKERS.contains(word) || (PRONOUNS.contains(word) && !token.tag().equals("ADJ"))) {
      return false;
    }
    String tag = token.tag();
    return tag.equals("ADJ") || NOUN_TAGS.contains(tag);
  }

  private static void addEnglish(String text, List<EnglishTagger.Token> tokens, int start, int end,
      List<Occurrence> out) {
    if (end - start < 2) {
      return;
    }
    boolean allProper = true;
    for (int k = start; k < end; k++) {
      allProper &= tokens.get(k).tag().equals("PROPN");
    }
    String head = tokens.get(end - 1).text();
    boolean technology = technologyHead(head);
    boolean name = allProper && start > 0 && !lineBreakBetween(text, tokens.get(start - 1), tokens.get(start))
        && !tokens.get(start - 1).tag().equals("PUNCT");
    if ((allProper && !technology) || name || GENERAL_HEADS.contains(lower(head))) {
      return; // a name in mid-sentence ("Horizon Robotics") is a company's, not a technology's
    }
    // the phrase and every part of it that ends in a noun and does not start with a general modifier
    for (int from = start; from < end - 1; from++) {
      if (from > start && generalModifier(tokens.get(from).text())) {
        continue;
      }
      for (int to = end; to >= from + 2; to--) {
        if (!NOUN_TAGS.contains(tokens.get(to - 1).tag()) || GENERAL_HEADS.contains(lower(tokens.get(to - 1).text()))) {
          continue;
        }
        StringBuilder form = new StringBuilder();
        for (int k = from; k < to; k++) {
          String word = tokens.get(k).text();
          String canonical = isAcronymLike(word) ? word : lower(word);
          if (k == to - 1 && !isAcronymLike(word)) {
            canonical = HeadWords.singular(canonical);
          }
          form.append(k == from ? "" : " ").append(canonical);
        }
        boolean economicModifier = false;
        for (int k = from; k < to - 1; k++) {
          economicModifier |= HeadWords.isEconomicHead(tokens.get(k).text()); // "growth engine" is no engine
        }
        out.add(new Occurrence(tokens.get(from).start(), tokens.get(to - 1).end(), form.toString(), to - from,
            technologyHead(tokens.get(to - 1).text()) && !economicModifier, from == start && to == end));
      }
    }
  }

  /** Chinese candidates from HanLP's segmentation of each Han stretch, outside 《》 title marks. */
  private static void chinese(String text, List<Occurrence> out) {
    int i = 0;
    int titleDepth = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '《') {
        titleDepth++;
      } else if (c == '》' && titleDepth > 0) {
        titleDepth--;
      }
      if (!Characters.isHan(c) || titleDepth > 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Characters.isHan(text.charAt(i)) || Characters.isWordChar(text.charAt(i)))
          && text.charAt(i) != '《') {
        i++;
      }
      List<HanLp.Word> words = HanLp.segment(text.substring(start, i));
      chineseRuns(start, words, out);
    }
  }

  private static void chineseRuns(int base, List<HanLp.Word> words, List<Occurrence> out) {
    int k = 0;
    while (k < words.size()) {
      if (!ZH_PARTS.contains(words.get(k).tag())) {
        k++;
        continue;
      }
      int start = k;
      while (k < words.size() && ZH_PARTS.contains(words.get(k).tag())
          && (k == start || words.get(k).start() == words.get(k - 1).end())
          && (k == start || !ZH_SUBJECTS.contains(words.get(k - 1).text()))
          && (k == start || !verbBetweenNouns(words, k - 1))) {
        k++;
      }
      int end = k;
      while (end > start && !ZH_HEADS.contains(words.get(end - 1).tag())) {
        end--;
      }
      while (start < end && (ZH_MODIFIERS.contains(words.get(start).text())
          || words.get(start).tag().equals("vn"))) { // 发展, 推动: a leading verbal noun is the verb
        start++;
      }
      if (end - start > MAX_WORDS) {
        start = end - MAX_WORDS;
      }
      for (int from = start; from < end - 1; from++) {
        for (int to = end; to >= from + 2; to--) {
          if (!ZH_HEADS.contains(words.get(to - 1).tag())) {
            continue;
          }
          StringBuilder form = new StringBuilder();
          for (int m = from; m < to; m++) {
            form.append(m == from ? "" : "\u00B7").append(words.get(m).text());
          }
          int length = words.get(to - 1).end() - words.get(from).start();
          if (length < 3 || length > 12) {
            continue;
          }
          out.add(new Occurrence(base + words.get(from).start(), base + words.get(to - 1).end(), form.toString(),
              to - from, zhTechnology(words.get(to - 1).text()), from == start && to == end));
        }
      }
    }
  }

  /**
   * A verbal noun between two nouns acts as a verb with its object: in 港口建设智慧港口 (ports build smart ports)
   * the run breaks after 建设.
   */
  private static boolean verbBetweenNouns(List<HanLp.Word> words, int k) {
    return k > 0 && k + 1 < words.size() && words.get(k).tag().equals("vn")
        && words.get(k - 1).tag().startsWith("n") && words.get(k + 1).tag().startsWith("n");
  }

  private static boolean zhTechnology(String head) {
    for (String ending : ZH_TECHNOLOGY_ENDINGS) {
      if (head.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(String token) {
    return token.equals("\"") || token.equals("\u201C") || token.equals("\u201D") || token.equals("'")
        || token.equals("\u2018") || token.equals("\u2019") || token.equals("``") || token.equals("''");
  }

  /** A modifier that says something about the text or the owner, not about what the thing is. */
  private static boolean generalModifier(String word) {
    String lower = lower(word);
    if (GENERAL_MODIFIERS.contains(lower)) {
      return true;
    }
    for (String ending : OWNERSHIP_ENDINGS) {
      if (lower.endsWith(ending) && lower.length() > ending.length()) {
        return true;
      }
    }
    return false;
  }

  /** A head that makes a phrase a technology: it heads known technologies and is no economic noun. */
  private static boolean technologyHead(String word) {
    return !HeadWords.isEconomicHead(word) && TechnicalWords.bundled().isHead(word);
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAcronymLike(String word) {
    int capitals = 0;
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      capitals += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
      digit |= Character.isDigit(word.charAt(i));
    }
    return capitals >= 2 || (capitals == 1 && digit);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
