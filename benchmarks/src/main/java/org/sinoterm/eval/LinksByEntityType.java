package org.sinoterm.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.LinkType;

/**
 * TRANSLATION and ISSUED_BY links counted by the type of the entity they start from, so that the translations of
 * policy titles are scored apart from those of bodies and terms: "14th Five-Year Plan for Medical Equipment" →
 * 十部门关于印发…的通知 is a POLICY_TITLE translation, "Ministry of Commerce" → 商务部 an AGENCY one. A link matches
 * when both its ends match gold entities exactly; as in {@link Evaluation}, a predicted link counts only where
 * the passage annotates the types of both its ends.
 */
public final class LinksByEntityType {

  /** The link types broken down. */
  public static final List<LinkType> TYPES = List.of(LinkType.TRANSLATION, LinkType.ISSUED_BY);

  private record End(EntityType type, int start, int end) {
  }

  private record Key(End from, End to) {
  }

  private final Map<LinkType, Map<EntityType, Evaluation.Counts>> counts = new EnumMap<>(LinkType.class);

  void add(Passage passage, Extraction extraction) {
    Map<String, Passage.Gold> byId = CorpusMarkup.byId(passage);
    for (LinkType type : TYPES) {
      Set<Key> gold = new HashSet<>();
      for (Passage.GoldLink link : passage.links()) {
        if (link.type() == type) {
          Passage.Gold from = byId.get(link.from());
          Passage.Gold to = byId.get(link.to());
          gold.add(new Key(new End(from.type(), from.start(), from.end()), new End(to.type(), to.start(), to.end())));
        }
      }
      Set<Key> predicted = new HashSet<>();
      for (Link link : extraction.links(type)) {
        if (passage.annotated().contains(link.from().type()) && passage.annotated().contains(link.to().type())) {
          predicted.add(new Key(new End(link.from().type(), link.from().start(), link.from().end()),
              new End(link.to().type(), link.to().start(), link.to().end())));
        }
      }
      for (EntityType from : EntityType.values()) {
        List<Key> g = gold.stream().filter(k -> k.from().type() == from).toList();
        List<Key> p = predicted.stream().filter(k -> k.from().type() == from).toList();
        if (!g.isEmpty() || !p.isEmpty()) {
          int hits = (int) p.stream().filter(gold::contains).count();
          counts.computeIfAbsent(type, k -> new EnumMap<>(EntityType.class))
              .merge(from, new Evaluation.Counts(g.size(), p.size(), hits, hits, hits), Evaluation.Counts::plus);
        }
      }
    }
  }

  /** The name of a row of the score table: "  policy TRANSLATION". */
  static String rowName(LinkType link, EntityType from) {
    String type = switch (from) {
      case POLICY_TITLE -> "policy";
      case TECHNOLOGY -> "tech";
      case QUANTITY -> "qty";
      default -> from.name().toLowerCase(Locale.ROOT);
    };
    return "  " + type + " " + link.name();
  }

  /** The counts by link type and the type of the link's first entity, for the pairs some passage has. */
  public Map<LinkType, Map<EntityType, Evaluation.Counts>> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
