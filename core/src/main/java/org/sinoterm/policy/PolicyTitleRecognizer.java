package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sinoterm.DocumentType;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.align.Segmentations;
import org.sinoterm.align.WordAligner;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.link.ParentheticalAligner;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.Characters;
import org.sinoterm.text.NormalizedText;

/**
 * Finds policy titles in Chinese and English, parses them, and links them: renderings of one policy side by side
 * (TRANSLATION), a policy and the bodies that issued it (ISSUED_BY). Runs after the AGENCY recognizer, whose
 * mentions give the issuers of Chinese titles.
 *
 * <p>For {@code Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《"十四五"医疗装备产业发展规划》的通知)}
 * it proposes an English title (PLAN, fyp 14, 2021–2025), a Chinese one (PLAN in a NOTICE, ten issuers, fyp 14), a
 * TRANSLATION link between them, and an ISSUED_BY link from the Chinese title to 十部门.
 */
public final class PolicyTitleRecognizer implements Recognizer {

  static final String RULE_CATALOG = "catalog";
  static final String RULE_ALIGNED = "en-aligned";
  /** The alignment score an English rendering chosen by the aligner needs to become a title. */
  static final double MIN_RENDERING_SCORE = 0.4;
  /** How much of a translation link's score comes from word alignment; the rest from the parses' agreement. */
  private static final double ALIGNMENT_WEIGHT = 0.75;

  /**
   * Longer first, then more confident, then earlier: the order in which the extractor keeps mentions. Written out
   * rather than composed from {@code Comparator.comparing…}, whose lambdas a cold JVM links one by one as the
   * extractor is built.
   */
  private static int byPriority(FoundTitle a, FoundTitle b) {
    int order = Integer.compare(b.length(), a.length());
    if (order == 0) {
      order = Double.compare(b.confidence(), a.confidence());
    }
    if (order == 0) {
      order = Integer.compare(a.start(), b.start());
    }
    return order != 0 ? order : a.rule().compareTo(b.rule());
  }

  private final PolicyCatalog catalog;
  private final WordAligner aligner;
  private final ParentheticalAligner renderings;

  /**
   * @param catalog the well-known policies
   * @param aligner the word aligner that scores translations and chooses the English of "EN (ZH)" in prose
   */
  public PolicyTitleRecognizer(PolicyCatalog catalog, WordAligner aligner) {
    this.catalog = catalog;
    this.aligner = aligner;
    this.renderings = new ParentheticalAligner(aligner);
  }

  @Override
  public List<SurfaceAutomaton<?>> dictionaries() {
    return List.of(catalog.automaton());
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    NormalizedText text = document.text();
    String t = text.text();
    IssuerIndex issuers = new IssuerIndex(t, mentions);
    ChineseTitleParser chinese = new ChineseTitleParser(t, issuers, catalog::contains);
    EnglishTitleParser english = new EnglishTitleParser(t, catalog::contains, issuers.english());
    List<FoundTitle> found = new ArrayList<>();
    if (hasHan(t)) {
      found.addAll(new ChineseTitleFinder(t, issuers, chinese).findAll());
    }
    found.addAll(new EnglishTitleFinder(t, english, issuers.english()).findAll());
    found.addAll(catalogTitles(document, chinese, english));
    List<FoundTitle> kept = withoutShortNames(t, resolve(found));
    Map<FoundTitle, FoundTitle> partners = new LinkedHashMap<>();
    Segmentations memo = document.shared(Segmentations.IN_DOCUMENT);
    List<FoundTitle> rendered = renderings(t, kept, english, partners, memo);
    if (!rendered.isEmpty()) {
      found.addAll(rendered);
      kept = withoutShortNames(t, resolve(found));
    }
    Map<FoundTitle, Mention> proposed = new LinkedHashMap<>();
    for (FoundTitle title : kept) {
      ParsedTitle parse = title.title();
      enrich(t, title, parse);
      Mention mention = new Mention(EntityType.POLICY_TITLE, title.start(), title.end(), parse.toRef(),
          title.confidence(), title.rule());
      mentions.add(mention);
      proposed.put(title, mention);
    }
    List<TranslationPairs.Pair> pairs = new ArrayList<>(TranslationPairs.find(t, kept));
    Set<FoundTitle> paired = new HashSet<>();
    pairs.forEach(pair -> paired.addAll(List.of(pair.en(), pair.zh())));
    for (Map.Entry<FoundTitle, FoundTitle> partner : partners.entrySet()) {
      FoundTitle en = partner.getKey();
      FoundTitle zh = partner.getValue();
      if (proposed.containsKey(en) && proposed.containsKey(zh) && !paired.contains(en) && !paired.contains(zh)) {
        pairs.add(new TranslationPairs.Pair(en, zh, TitleAgreement.score(zh.title(), en.title())));
      }
    }
    for (TranslationPairs.Pair pair : pairs) {
      mentions.link(LinkType.TRANSLATION, proposed.get(pair.en()), proposed.get(pair.zh()), score(t, pair, memo));
    }
    IssuerLinks.link(t, proposed, mentions);
  }

  /**
   * English renderings of Chinese titles in brackets that no English title stands beside: in "the State Council
   * issued guiding opinions on greener growth (关于…的指导意见)" the aligner chooses where the English starts; in
   * "数字经济领域“两区”建设工作方案（a work plan for the two zones）" where it ends.
   */
  private List<FoundTitle> renderings(String t, List<FoundTitle> kept, EnglishTitleParser english,
      Map<FoundTitle, FoundTitle> partners, Segmentations memo) {
    List<FoundTitle> rendered = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      FoundTitle zh = kept.get(i);
      if (!zh.isChinese()) {
        continue;
      }
      FoundTitle before = i > 0 ? kept.get(i - 1) : null;
      FoundTitle after = i + 1 < kept.size() ? kept.get(i + 1) : null;
      if (before != null && !before.isChinese() && TranslationPairs.sideBySide(t, before.end(), zh.start())
          || after != null && !after.isChinese() && TranslationPairs.sideBySide(t, zh.end(), after.start())) {
        continue;
      }
      Optional<ParentheticalAligner.Pair> pair = renderings.englishBefore(t, zh.start(), zh.end(), memo);
      if (pair.isEmpty() || pair.get().score() < MIN_RENDERING_SCORE) {
        pair = renderings.englishAfter(t, zh.start(), zh.end(), memo);
      }
      if (pair.isEmpty() || pair.get().score() < MIN_RENDERING_SCORE) {
        continue;
      }
      int s = pair.get().englishStart();
      int e = pair.get().englishEnd();
      ParsedTitle parse = english.parse(s, e);
      if (parse.docType == DocumentType.OTHER) {
        parse.docType = zh.title().docType; // "a plan to …" names the document its Chinese title names
      }
      FoundTitle title = new FoundTitle(s, e, parse, RULE_ALIGNED, Math.min(0.9, 0.5 + pair.get().score() / 2));
      rendered.add(title);
      partners.put(title, zh);
    }
    return rendered;
  }

  /** A translation's score: word alignment, weighed with the agreement of the parses; the catalog settles it. */
  private double score(String t, TranslationPairs.Pair pair, Segmentations memo) {
    ParsedTitle zh = pair.zh().title();
    ParsedTitle en = pair.en().title();
    if (zh.key != null && en.key != null) {
      return zh.key.equals(en.key) ? 0.98 : 0.05;
    }
    double alignment = aligner.scoreNormalized(t.substring(pair.zh().start(), pair.zh().end()),
        t.substring(pair.en().start(), pair.en().end()), memo);
    return ALIGNMENT_WEIGHT * alignment + (1 - ALIGNMENT_WEIGHT) * pair.score();
  }

  /** Catalog titles written as the catalog has them: "Made in China 2025", 中国制造2025, 网络安全法. */
  private List<FoundTitle> catalogTitles(Document document, ChineseTitleParser chinese,
      EnglishTitleParser english) {
    String t = document.text().text();
    List<FoundTitle> titles = new ArrayList<>();
    for (SurfaceAutomaton.Match<PolicyCatalog.Entry> match : document.matches(catalog.automaton())) {
      int s = match.start();
      int e = match.end();
      boolean han = Characters.containsHan(t.substring(s, e));
      if (!han && !Character.isUpperCase(t.charAt(s)) && !Character.isDigit(t.charAt(s))) {
        continue; // "made in china 2025" in lower case is a phrase, not the title
      }
      ParsedTitle parse = han ? chinese.parse(s, e, true) : english.parse(s, e);
      if (parse == null) {
        parse = new ParsedTitle(han ? Entity.ZH : Entity.EN, t.substring(s, e), match.value().docType());
      }
      if (parse.docType == DocumentType.OTHER) {
        parse.docType = match.value().docType();
      }
      titles.add(new FoundTitle(s, e, parse, RULE_CATALOG, 0.95));
    }
    return titles;
  }

  /** The catalog's key and titles, and the short names the text gives right after the title. */
  private void enrich(String t, FoundTitle title, ParsedTitle parse) {
    PolicyCatalog.Entry entry = catalog.lookup(parse.core);
    if (entry == null) {
      entry = catalog.lookup(t.substring(title.start(), title.end()));
    }
    if (entry != null) {
      parse.key = entry.key();
      parse.en = entry.en();
      parse.zh = entry.zh();
    }
    for (String name : ShortNames.after(t, title.end())) {
      if (!parse.shortNames.contains(name)) {
        parse.shortNames.add(name);
      }
    }
  }

  /**
   * The titles without the mentions of a short name that an earlier title defined: after 《中华人民共和国个人信息保护法》
   * （以下简称《个保法》）, 《个保法》 refers to that law; it is a field of the law's title, not a title.
   */
  private static List<FoundTitle> withoutShortNames(String t, List<FoundTitle> kept) {
    List<FoundTitle> titles = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    for (FoundTitle title : kept) {
      ParsedTitle parse = title.title();
      boolean plain = parse.wrapperType == null && parse.issuerMentions.isEmpty() && parse.namedIssuers.isEmpty();
      if (plain && defined.contains(t.substring(title.start(), title.end()))) {
        continue;
      }
      titles.add(title);
      defined.addAll(ShortNames.after(t, title.end()));
    }
    return titles;
  }

  /**
   * The titles that survive overlap resolution, in text order: longest first, as the extractor resolves them, so
   * that links are proposed only between titles that become entities.
   */
  static List<FoundTitle> resolve(List<FoundTitle> found) {
    List<FoundTitle> candidates = new ArrayList<>(found);
    candidates.sort(PolicyTitleRecognizer::byPriority);
    TreeMap<Integer, FoundTitle> accepted = new TreeMap<>();
    for (FoundTitle candidate : candidates) {
      Map.Entry<Integer, FoundTitle> before = accepted.floorEntry(candidate.start());
      if (before != null && before.getValue().end() > candidate.start()) {
        continue;
      }
      Map.Entry<Integer, FoundTitle> after = accepted.ceilingEntry(candidate.start());
      if (after != null && after.getKey() < candidate.end()) {
        continue;
      }
      accepted.put(candidate.start(), candidate);
    }
    return new ArrayList<>(accepted.values());
  }

  private static boolean hasHan(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Characters.isHan(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
