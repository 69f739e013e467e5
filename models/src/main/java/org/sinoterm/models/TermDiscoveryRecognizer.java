package org.sinoterm.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.link.HeadWords;
import org.sinoterm.link.TechnicalWords;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.recognize.SpanIndex;
import org.sinoterm.text.Characters;

/**
 * Term discovery as a recognizer: the candidates of one document ({@link TermDiscovery}), ranked by C-value over
 * that document. In each maximal noun phrase the best-ranked part is kept if its C-value reaches 1.0 (a two-word
 * phrase seen once) and its head says what it is: a phrase headed by a noun that heads technologies
 * ({@link TechnicalWords#isHead(String)}) becomes a TECHNOLOGY without a key ("ultrahigh field magnetic resonance
 * imaging", "total degradation coronary stents"); one headed by an economic or policy noun
 * ({@link HeadWords#isEconomicHead(String)}) a TERM with its C-value ("centralized volume-based procurement",
 * "market share", 电力现货市场). Other phrases ("intensive care beds", "production lines") are descriptions, not
 * terms, and are dropped.
 *
 * <p>Discovery never overrides what a dictionary or a definition found: a candidate is dropped where it overlaps a
 * body, where it has the span of a known technology, where it crosses a known technology or a term, and — for a
 * TERM — where it overlaps any technology. A candidate may extend a known mention leftwards with words that make it
 * specific ("photon-counting CT scanners"), but not two of them ("SiC MOSFETs") nor a mention the text links to
 * another (a defined long form),
 * except a term whose definition left out a modifier: "centralized volume-based procurement (VBP)", whose link then
 * leads to the longer phrase.
 */
final class TermDiscoveryRecognizer implements Recognizer {

  static final String RULE = "term-discovery";
  private static final double THRESHOLD = 1.0;
  /** Chinese heads of economic and policy terms: 电力现货市场, 数字化转型, 产业链. */
  private static final List<String> ZH_TERM_ENDINGS = List.of("市场", "经济", "产业链", "供应链", "价值链", "采购",
      "投资", "资本", "贸易", "融资", "保险", "份额", "机制", "改革", "转型", "改造", "生产力", "工业化", "机械化",
      "替代", "集群", "生态", "税", "补贴", "价格");
  private static final double TECHNOLOGY_CONFIDENCE = 0.6;
  private static final double TERM_CONFIDENCE = 0.55;

  private final TermDiscovery discovery;
  private final boolean technologies;
  private final boolean terms;

  TermDiscoveryRecognizer(TermDiscovery discovery, Set<EntityType> types) {
    this.discovery = discovery;
    this.technologies = types.contains(EntityType.TECHNOLOGY);
    this.terms = types.contains(EntityType.TERM);
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    String text = document.text().text();
    List<TermDiscovery.Occurrence> occurrences;
    try {
      occurrences = discovery.candidates(text);
    } catch (RuntimeException e) {
      return; // a model's failure on odd input means fewer entities, never an exception
    }
    if (occurrences.isEmpty()) {
      return;
    }
    Map<String, Double> cValue = new HashMap<>();
    for (TermDiscovery.RankedTerm term : TermDiscovery.rank(occurrences)) {
      cValue.put(term.term(), term.cValue());
    }
    SpanIndex bodies = SpanIndex.of(mentions.of(EntityType.AGENCY));
    List<Mention> known = mentions.of(EntityType.TECHNOLOGY);
    SpanIndex knownTechnologies = SpanIndex.of(known);
    List<Mention> knownTerms = mentions.of(EntityType.TERM);
    Set<Long> knownSpans = new HashSet<>();
    for (Mention mention : known) {
      knownSpans.add(((long) mention.start() << 32) | mention.end());
    }
    Set<Mention> linked = new HashSet<>();
    for (Mentions.MentionLink link : mentions.links()) {
      linked.add(link.from());
      linked.add(link.to());
    }
    List<TermDiscovery.Occurrence> maximal = new ArrayList<>();
    Map<Integer, List<TermDiscovery.Occurrence>> partsByStart = new HashMap<>();
    for (TermDiscovery.Occurrence occurrence : occurrences) {
      if (occurrence.maximal()) {
        maximal.add(occurrence);
      }
      partsByStart.computeIfAbsent(occurrence.start(), k -> new ArrayList<>()).add(occurrence);
    }
    Set<Integer> knownEnds = new HashSet<>();
    for (Mention mention : known) {
      knownEnds.add(mention.end());
    }
    Comparator<TermDiscovery.Occurrence> better = Comparator
        .comparingDouble((TermDiscovery.Occurrence o) -> cValue.getOrDefault(plain(o.form()), 0.0))
        .thenComparingInt(o -> o.end() - o.start());
    for (TermDiscovery.Occurrence phrase : maximal) {
      // the best-ranked part that names something: a technology by its head, or by ending in a known technology
      // ("real-time operating systems", "delivery drone"), or a term by its head
      TermDiscovery.Occurrence best = null;
      for (int start = phrase.start(); start < phrase.end(); start++) {
        for (TermDiscovery.Occurrence part : partsByStart.getOrDefault(start, List.of())) {
          boolean names = part.technology() || knownEnds.contains(part.end())
              || termHead(part.form(), text.substring(part.start(), part.end()));
          if (part.end() <= phrase.end() && names && (best == null || better.compare(part, best) > 0)) {
            best = part;
          }
        }
      }
      if (best == null) {
        continue;
      }
      double score = cValue.getOrDefault(plain(best.form()), 0.0);
      boolean technology = best.technology() || knownEnds.contains(best.end());
      String surface = text.substring(best.start(), best.end());
      if (score < THRESHOLD || (!technology && !termHead(best.form(), surface))
          || bodies.overlaps(best.start(), best.end())
          || knownSpans.contains(((long) best.start() << 32) | best.end())
          || (!technology && knownTechnologies.overlaps(best.start(), best.end()))
          || crossesOrExtendsLinked(best, technology ? known : List.of(), linked)) {
        continue;
      }
      Mention definedTerm = null;
      boolean crossesTerm = false;
      for (Mention term : knownTerms) {
        if (term.start() < best.end() && best.start() < term.end()) {
          if (!technology && term.end() == best.end() && term.start() > best.start() && linked.contains(term)) {
            definedTerm = term; // "centralized volume-based procurement (VBP)": the definition left out a modifier
          } else {
            crossesTerm = true;
          }
        }
      }
      if (crossesTerm) {
        continue;
      }
      boolean chinese = Characters.containsHan(surface);
      double rounded = Math.round(score * 100) / 100.0;
      if (technology && technologies) {
        TechnologyRef ref = chinese ? new TechnologyRef(null, null, surface, null, null)
            : new TechnologyRef(null, surface, null, null, null);
        mentions.add(new Mention(EntityType.TECHNOLOGY, best.start(), best.end(), ref, TECHNOLOGY_CONFIDENCE, RULE));
      } else if (!technology && terms) {
        if (definedTerm != null) {
          mentions.replace(definedTerm, new Mention(EntityType.TERM, best.start(), best.end(), definedTerm.value(),
              definedTerm.confidence(), definedTerm.rule()));
          continue;
        }
        TermRef ref = chinese ? new TermRef(null, surface, rounded) : new TermRef(surface, null, rounded);
        mentions.add(new Mention(EntityType.TERM, best.start(), best.end(), ref, TERM_CONFIDENCE, RULE));
      }
    }
  }

  private static boolean isAcronym(Mention mention) {
    if (!(mention.value() instanceof TechnologyRef ref) || ref.acronym() == null) {
      return false;
    }
    return mention.length() <= ref.acronym().length() + 1; // the acronym as written, or its plural
  }

  /** True if the phrase is headed by an economic or policy noun, in English or Chinese. */
  private static boolean termHead(String form, String surface) {
    if (Characters.containsHan(surface)) {
      for (String ending : ZH_TERM_ENDINGS) {
        if (surface.endsWith(ending)) {
          return true;
        }
      }
      return false;
    }
    String[] words = form.split(" ");
    return HeadWords.isEconomicHead(words[words.length - 1]);
  }

  /**
   * True if the candidate crosses one of {@code known} (overlaps it without containing it), or extends a mention the
   * text links to another: the long form of "chemiluminescence immunoassay (CLIA)" stays as the definition has it.
   */
  private static boolean crossesOrExtendsLinked(TermDiscovery.Occurrence candidate, List<Mention> known,
      Set<Mention> linked) {
    List<Mention> inside = new ArrayList<>();
    for (Mention mention : known) {
      if (mention.start() < candidate.end() && candidate.start() < mention.end()) {
        boolean contains = candidate.start() <= mention.start() && mention.end() <= candidate.end();
        if (!contains || linked.contains(mention)
            || (mention.start() == candidate.start() && mention.end() < candidate.end() && isAcronym(mention))) {
          return true; // "LED panels", "ECMO circuits": the acronym names the technology, the noun after it is its head
        }
        inside.add(mention);
      }
    }
    for (Mention a : inside) {
      for (Mention b : inside) {
        if (a.end() <= b.start()) {
          return true; // "SiC MOSFETs" names two technologies, not a third ("MRI" inside "MRI scanners" is one)
        }
      }
    }
    return false;
  }

  private static String plain(String form) {
    return form.replace("\u00B7", "");
  }
}
