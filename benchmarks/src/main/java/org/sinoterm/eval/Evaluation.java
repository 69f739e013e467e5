package org.sinoterm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;

/**
 * Scores an extractor against annotated passages: per entity type, precision, recall and F1 for exact spans and
 * for overlapping spans, and the share of exact matches whose normalized value has every field the annotator
 * checked; per link type, precision, recall and F1 of links whose two ends match gold entities exactly. Every miss,
 * false hit and wrong value is kept for the report.
 */
public final class Evaluation {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Counts for one entity or link type. */
  public record Counts(int gold, int predicted, int exact, int overlap, int normalized) {

    Counts plus(Counts other) {
      return new Counts(gold + other.gold, predicted + other.predicted, exact + other.exact,
          overlap + other.overlap, normalized + other.normalized);
    }

    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) exact / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) exact / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double overlapPrecision() {
      return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) overlap / predicted;
    }

    public double overlapRecall() {
      return gold == 0 ? 1.0 : (double) overlap / gold;
    }

    public double overlapF1() {
      double p = overlapPrecision();
      double r = overlapRecall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Of the exact matches, the share whose normalized value is right. */
    public double normalizationAccuracy() {
      return exact == 0 ? 0.0 : (double) normalized / exact;
    }
  }

  /** One error, for the report. */
  public record Finding(String passage, String kind, String type, int start, int end, String text, String detail) {
  }

  private final Map<EntityType, Counts> entities = new EnumMap<>(EntityType.class);
  private final Map<LinkType, Counts> links = new EnumMap<>(LinkType.class);
  private final List<Finding> findings = new ArrayList<>();
  private int passages;

  private Evaluation() {
  }

  /** Runs {@code extractor} on every passage and scores it. */
  public static Evaluation run(Extractor extractor, List<Passage> passages) {
    Evaluation evaluation = new Evaluation();
    for (Passage passage : passages) {
      evaluation.score(passage, extractor.extract(passage.text()));
    }
    return evaluation;
  }

  private void score(Passage passage, Extraction extraction) {
    passages++;
    for (EntityType type : passage.annotated()) {
      List<Passage.Gold> gold = passage.entities().stream().filter(g -> g.type() == type).toList();
      List<Entity> predicted = extraction.entities(type);
      int exact = 0;
      int normalized = 0;
      Set<Entity> exactlyMatched = new HashSet<>();
      Set<Passage.Gold> goldMatched = new HashSet<>();
      for (Passage.Gold g : gold) {
        for (Entity e : predicted) {
          if (e.start() == g.start() && e.end() == g.end() && !exactlyMatched.contains(e)) {
            exactlyMatched.add(e);
            goldMatched.add(g);
            exact++;
            String wrong = wrongFields(g.normalized(), MAPPER.valueToTree(e.normalized()));
            if (wrong == null) {
              normalized++;
            } else {
              findings.add(new Finding(passage.id(), "wrong value", type.name(), g.start(), g.end(), g.text(), wrong));
            }
            break;
          }
        }
      }
      int overlap = 0;
      Set<Entity> overlapUsed = new HashSet<>();
      for (Passage.Gold g : gold) {
        for (Entity e : predicted) {
          if (e.start() < g.end() && g.start() < e.end() && !overlapUsed.contains(e)) {
            overlapUsed.add(e);
            overlap++;
            break;
          }
        }
      }
      for (Passage.Gold g : gold) {
        if (!goldMatched.contains(g)) {
          findings.add(new Finding(passage.id(), "miss", type.name(), g.start(), g.end(), g.text(),
              "gold " + g.normalized() + nearest(predicted, g)));
        }
      }
      for (Entity e : predicted) {
        if (!exactlyMatched.contains(e)) {
          findings.add(new Finding(passage.id(), "false hit", type.name(), e.start(), e.end(), e.text(),
              MAPPER.valueToTree(e.normalized()).toString()));
        }
      }
      entities.merge(type, new Counts(gold.size(), predicted.size(), exact, overlap, normalized), Counts::plus);
    }
    scoreLinks(passage, extraction);
  }

  private void scoreLinks(Passage passage, Extraction extraction) {
    Map<String, Passage.Gold> byId = CorpusMarkup.byId(passage);
    Map<LinkType, Set<String>> gold = new EnumMap<>(LinkType.class);
    for (Passage.GoldLink link : passage.links()) {
      Passage.Gold from = byId.get(link.from());
      Passage.Gold to = byId.get(link.to());
      gold.computeIfAbsent(link.type(), k -> new HashSet<>())
          .add(signature(from.type(), from.start(), from.end(), to.type(), to.start(), to.end()));
    }
    Map<LinkType, Set<String>> predicted = new EnumMap<>(LinkType.class);
    for (Link link : extraction.links()) {
      if (passage.annotated().contains(link.from().type()) && passage.annotated().contains(link.to().type())) {
        predicted.computeIfAbsent(link.type(), k -> new HashSet<>()).add(signature(link.from().type(),
            link.from().start(), link.from().end(), link.to().type(), link.to().start(), link.to().end()));
      }
    }
    for (LinkType type : LinkType.values()) {
      Set<String> g = gold.getOrDefault(type, Set.of());
      Set<String> p = predicted.getOrDefault(type, Set.of());
      if (g.isEmpty() && p.isEmpty()) {
        continue;
      }
      int matched = 0;
      for (String signature : p) {
        if (g.contains(signature)) {
          matched++;
        } else {
          findings.add(new Finding(passage.id(), "false link", type.name(), -1, -1, signature, ""));
        }
      }
      for (String signature : g) {
        if (!p.contains(signature)) {
          findings.add(new Finding(passage.id(), "missed link", type.name(), -1, -1, signature, ""));
        }
      }
      links.merge(type, new Counts(g.size(), p.size(), matched, matched, matched), Counts::plus);
    }
  }

  private static String signature(EntityType fromType, int fromStart, int fromEnd, EntityType toType, int toStart,
      int toEnd) {
    return fromType + "[" + fromStart + "," + fromEnd + ")->" + toType + "[" + toStart + "," + toEnd + ")";
  }

  /** Null if every checked field is right, else a description of the first wrong one. */
  static String wrongFields(Map<String, String> gold, JsonNode predicted) {
    for (Map.Entry<String, String> field : gold.entrySet()) {
      JsonNode value = predicted.get(field.getKey());
      String actual = value == null || value.isNull() ? null : value.asText();
      if (!Objects.equals(field.getValue(), actual)) {
        return field.getKey() + ": expected " + field.getValue() + ", found " + actual;
      }
    }
    return null;
  }

  private static String nearest(List<Entity> predicted, Passage.Gold gold) {
    for (Entity e : predicted) {
      if (e.start() < gold.end() && gold.start() < e.end()) {
        return "; predicted [" + e.start() + ", " + e.end() + ") '" + e.text() + "'";
      }
    }
    return "";
  }

  /** The counts per entity type. */
  public Map<EntityType, Counts> entities() {
    return entities;
  }

  /** The counts per link type. */
  public Map<LinkType, Counts> links() {
    return links;
  }

  /** Misses, false hits and wrong values, in passage order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The score table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d passages%n", passages));
    out.append(String.format(Locale.ROOT, "%-20s %6s %6s %7s %7s %7s %7s %7s %7s %7s%n", "type", "gold", "pred",
        "P", "R", "F1", "P~", "R~", "F1~", "value"));
    entities.forEach((type, c) -> out.append(row(type.name(), c, true)));
    links.forEach((type, c) -> out.append(row("link " + type.name(), c, false)));
    out.append("P, R, F1: exact spans; P~, R~, F1~: overlapping spans; value: exact matches whose normalized value "
        + "is right\n");
    return out.toString();
  }

  private static String row(String name, Counts c, boolean withValue) {
    return String.format(Locale.ROOT, "%-20s %6d %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7s%n", name, c.gold(),
        c.predicted(), c.precision(), c.recall(), c.f1(), c.overlapPrecision(), c.overlapRecall(), c.overlapF1(),
        withValue ? String.format(Locale.ROOT, "%.3f", c.normalizationAccuracy()) : "");
  }

  /** The findings, one per line. */
  public String findingsReport() {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(String.format(Locale.ROOT, "%-14s %-11s %-14s %s '%s' %s%n", f.passage(), f.kind(), f.type(),
          f.start() >= 0 ? "[" + f.start() + ", " + f.end() + ")" : "", f.text(), f.detail()));
    }
    return out.toString();
  }
}
