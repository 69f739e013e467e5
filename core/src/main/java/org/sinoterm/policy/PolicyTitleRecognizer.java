package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sinoterm.DocumentType;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.dict.SurfaceAutomaton;
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

  /** Longer first, then more confident, then earlier: the order in which the extractor keeps mentions. */
  private static final Comparator<FoundTitle> PRIORITY = Comparator.comparingInt(FoundTitle::length).reversed()
      .thenComparing(Comparator.comparingDouble(FoundTitle::confidence).reversed())
      .thenComparingInt(FoundTitle::start)
      .thenComparing(FoundTitle::rule);

  private final PolicyCatalog catalog;

  public PolicyTitleRecognizer(PolicyCatalog catalog) {
    this.catalog = catalog;
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
    found.addAll(catalogTitles(text, chinese, english));
    List<FoundTitle> kept = resolve(found);
    Map<FoundTitle, Mention> proposed = new LinkedHashMap<>();
    for (FoundTitle title : kept) {
      ParsedTitle parse = title.title();
      enrich(t, title, parse);
      Mention mention = new Mention(EntityType.POLICY_TITLE, title.start(), title.end(), parse.toRef(),
          title.confidence(), title.rule());
      mentions.add(mention);
      proposed.put(title, mention);
    }
    for (TranslationPairs.Pair pair : TranslationPairs.find(t, kept)) {
      mentions.link(LinkType.TRANSLATION, proposed.get(pair.en()), proposed.get(pair.zh()), pair.score());
    }
    IssuerLinks.link(t, proposed, mentions);
  }

  /** Catalog titles written as the catalog has them: "Made in China 2025", 中国制造2025, 网络安全法. */
  private List<FoundTitle> catalogTitles(NormalizedText text, ChineseTitleParser chinese,
      EnglishTitleParser english) {
    String t = text.text();
    List<FoundTitle> titles = new ArrayList<>();
    for (SurfaceAutomaton.Match<PolicyCatalog.Entry> match : catalog.findAll(text)) {
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
   * The titles that survive overlap resolution, in text order: longest first, as the extractor resolves them, so
   * that links are proposed only between titles that become entities.
   */
  static List<FoundTitle> resolve(List<FoundTitle> found) {
    List<FoundTitle> candidates = new ArrayList<>(found);
    candidates.sort(PRIORITY);
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
