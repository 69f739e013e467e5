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
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.recognize.SpanIndex;
import org.sinoterm.text.Characters;

/**
 * Term discovery as a recognizer: the candidates of one document ({@link TermDiscovery}), ranked by C-value over
 * that document. In each maximal noun phrase the best-ranked part is kept if its C-value reaches the threshold
 * (1.0 for a phrase headed by a technology noun, 1.5 for others: a two-word term must occur twice, a longer one
 * once). A phrase headed by a technology noun becomes a TECHNOLOGY without a key ("ultrahigh field magnetic
 * resonance imaging", "total degradation coronary stents"); the others become TERM entities with their C-value
 * ("centralized volume-based procurement").
 *
 * <p>Discovery never overrides what a dictionary or a definition found: a candidate is dropped where it overlaps a
 * body, where it has the span of a known technology, and — for a TERM — where it overlaps any technology.
 */
final class TermDiscoveryRecognizer implements Recognizer {

  static final String RULE = "term-discovery";
  private static final double TECHNOLOGY_THRESHOLD = 1.0;
  private static final double TERM_THRESHOLD = 1.5;
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
    Set<Long> knownSpans = new HashSet<>();
    for (Mention mention : known) {
      knownSpans.add(((long) mention.start() << 32) | mention.end());
    }
    List<TermDiscovery.Occurrence> maximal = new ArrayList<>();
    Map<Integer, List<TermDiscovery.Occurrence>> partsByStart = new HashMap<>();
    for (TermDiscovery.Occurrence occurrence : occurrences) {
      if (occurrence.maximal()) {
        maximal.add(occurrence);
      }
      partsByStart.computeIfAbsent(occurrence.start(), k -> new ArrayList<>()).add(occurrence);
    }
    Comparator<TermDiscovery.Occurrence> better = Comparator
        .comparingDouble((TermDiscovery.Occurrence o) -> cValue.getOrDefault(plain(o.form()), 0.0))
        .thenComparingInt(o -> o.end() - o.start());
    for (TermDiscovery.Occurrence phrase : maximal) {
      TermDiscovery.Occurrence best = null;
      for (int start = phrase.start(); start < phrase.end(); start++) {
        for (TermDiscovery.Occurrence part : partsByStart.getOrDefault(start, List.of())) {
          if (part.end() <= phrase.end() && (best == null || better.compare(part, best) > 0)) {
            best = part;
          }
        }
      }
      if (best == null) {
        continue;
      }
      double score = cValue.getOrDefault(plain(best.form()), 0.0);
      boolean technology = best.technology();
      if (score < (technology ? TECHNOLOGY_THRESHOLD : TERM_THRESHOLD)
          || bodies.overlaps(best.start(), best.end())
          || knownSpans.contains(((long) best.start() << 32) | best.end())
          || (!technology && knownTechnologies.overlaps(best.start(), best.end()))) {
        continue;
      }
      String surface = text.substring(best.start(), best.end());
      boolean chinese = Characters.containsHan(surface);
      double rounded = Math.round(score * 100) / 100.0;
      if (technology && technologies) {
        TechnologyRef ref = chinese ? new TechnologyRef(null, null, surface, null, null)
            : new TechnologyRef(null, surface, null, null, null);
        mentions.add(new Mention(EntityType.TECHNOLOGY, best.start(), best.end(), ref, TECHNOLOGY_CONFIDENCE, RULE));
      } else if (!technology && terms) {
        TermRef ref = chinese ? new TermRef(null, surface, rounded) : new TermRef(surface, null, rounded);
        mentions.add(new Mention(EntityType.TERM, best.start(), best.end(), ref, TERM_CONFIDENCE, RULE));
      }
    }
  }

  private static String plain(String form) {
    return form.replace("\u00B7", "");
  }
}
