package org.sinoterm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;

/**
 * Scores an extractor against annotated passages.
 *
 * <ul>
 *   <li>Per entity type: precision, recall and F1 for exact spans (a prediction matches a gold entity of its type
 *       with the same start and end) and for overlapping spans (one-to-one: exact matches first, then each
 *       remaining gold entity takes the first remaining prediction it overlaps); and, of the exact matches, the
 *       share whose normalized value has every field the annotator checked.</li>
 *   <li>Per link type: precision, recall and F1 of links whose two ends match gold entities exactly.</li>
 *   <li>Only the types a passage annotates are scored in it; predictions of other types are ignored there.</li>
 *   <li>A quantity or date is checked whole: every field of {@link #COMPLETE_FIELDS} the annotator did not give
 *       must be absent (or false) in the prediction, so that "value" means exact normalization. Values compare as
 *       the JSON output writes them: an enumeration in any case ({@code bound=gt} matches {@code GT}), a decimal
 *       by its value.</li>
 *   <li>The same counts per language ({@link #byLanguage()}): an entity is Chinese if its text or a character
 *       right next to it is Chinese (Han, CJK punctuation or a full-width form), so that 22.5% in 增长22.5% counts as
 *       Chinese; otherwise English.</li>
 * </ul>
 *
 * Every miss, false hit, wrong value and link error is kept as a {@link Finding}, in passage order. For example, a
 * passage "The ⟦Ministry of Commerce|AGENCY key=MOFCOM⟧ said" scored against an extractor that finds
 * "Ministry of Commerce" with key MOFCOM gives AGENCY gold 1, predicted 1, exact 1, P = R = F1 = 1, value 1.
 */
public final class Evaluation {

  /** Keeps decimals as they are (1300000000000, not 1.3E+12), so that findings show them as the output does. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true)).build();

  /**
   * The fields a gold quantity or date is checked on whether the annotator writes them or not; an unwritten one
   * must be absent. AGENCY is checked only on the fields written.
   */
  public static final Map<EntityType, List<String>> COMPLETE_FIELDS = Map.of(
      EntityType.QUANTITY, List.of("value", "min", "max", "unit", "bound", "approx", "per.value", "per.unit",
          "change", "yearOnYear"),
      EntityType.DATE, List.of("value", "start", "end", "duration"),
      EntityType.POLICY_TITLE, ParseFields.FIELDS.get(EntityType.POLICY_TITLE));

  /** The languages of {@link #byLanguage()}. */
  public static final List<String> LANGUAGES = List.of("en", "zh");

  /**
   * Counts for one entity or link type.
   *
   * @param gold gold entities (links)
   * @param predicted predicted entities (links)
   * @param exact predictions matched exactly, one to one
   * @param overlap predictions matched by overlapping spans, one to one (links: same as exact)
   * @param normalized exact matches whose normalized value is right (links: same as exact)
   */
  public record Counts(int gold, int predicted, int exact, int overlap, int normalized) {

    Counts plus(Counts other) {
      return new Counts(gold + other.gold, predicted + other.predicted, exact + other.exact,
          overlap + other.overlap, normalized + other.normalized);
    }

    /** Exact matches over predictions; 1 when nothing was predicted and nothing was to be found. */
    public double precision() {
      return ratio(exact, predicted, gold == 0);
    }

    /** Exact matches over gold; 1 when there was nothing to find. */
    public double recall() {
      return ratio(exact, gold, true);
    }

    public double f1() {
      return f1(precision(), recall());
    }

    public double overlapPrecision() {
      return ratio(overlap, predicted, gold == 0);
    }

    public double overlapRecall() {
      return ratio(overlap, gold, true);
    }

    public double overlapF1() {
      return f1(overlapPrecision(), overlapRecall());
    }

    /** Of the exact matches, the share whose normalized value is right; 0 when there is no exact match. */
    public double normalizationAccuracy() {
      return ratio(normalized, exact, false);
    }

    private static double ratio(int numerator, int denominator, boolean emptyIsPerfect) {
      return denominator == 0 ? (emptyIsPerfect ? 1.0 : 0.0) : (double) numerator / denominator;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /**
   * One error, for the report.
   *
   * @param passage the passage id
   * @param kind {@code miss}, {@code false hit}, {@code wrong value}, {@code missed link}, {@code false link} or
   *     {@code diagnostic} (a passage got more or fewer diagnostics of a code than it expects)
   * @param type the entity or link type
   * @param start the start of the entity in the passage text, or -1 for a link
   * @param end the end of the entity, or -1 for a link
   * @param text the entity's text, or the link as "from -> to"
   * @param detail what was expected or found
   */
  public record Finding(String passage, String kind, String type, int start, int end, String text, String detail) {
  }

  private final Map<EntityType, Counts> entities = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, Counts>> byLanguage = new EnumMap<>(EntityType.class);
  private final Map<LinkType, Counts> links = new EnumMap<>(LinkType.class);
  /** ABBREVIATION links (definitions in place) by the type of their short form: AGENCY, TECHNOLOGY, TERM. */
  private final Map<EntityType, Counts> definitions = new EnumMap<>(EntityType.class);
  private final List<Finding> findings = new ArrayList<>();
  // Parse fields and policy links (POLICY_TITLE): kept in their own classes.
  private final ParseFields parseFields = new ParseFields();
  private final LinksByEntityType linksByEntityType = new LinksByEntityType();
  private final DiagnosticCounts diagnostics = new DiagnosticCounts();
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
    String text = passage.text();
    for (EntityType type : passage.annotated()) {
      List<Passage.Gold> gold = passage.entities().stream().filter(g -> g.type() == type).toList();
      List<Entity> predicted = extraction.entities(type);
      entities.merge(type, count(passage, type, gold, predicted, true), Counts::plus);
      parseFields.add(text, type, gold, predicted);
      for (String language : LANGUAGES) {
        List<Passage.Gold> goldIn = gold.stream()
            .filter(g -> languageOf(type, text, g.start(), g.end()).equals(language)).toList();
        List<Entity> predictedIn = predicted.stream()
            .filter(e -> languageOf(type, text, e.start(), e.end()).equals(language)).toList();
        byLanguage.computeIfAbsent(type, k -> new LinkedHashMap<>())
            .merge(language, count(passage, type, goldIn, predictedIn, false), Counts::plus);
      }
    }
    scoreLinks(passage, extraction);
    linksByEntityType.add(passage, extraction);
    for (String difference : diagnostics.add(passage, extraction)) {
      findings.add(new Finding(passage.id(), "diagnostic", "DIAGNOSTIC", -1, -1, "", difference));
    }
  }

  /**
   * The language an entity of {@code type} at {@code [start, end)} is counted in: a policy title is Chinese if it
   * has a Han character, whatever stands next to it (the English of "《ZH》（EN）" is English); other types as
   * {@link #language(String, int, int)} says.
   */
  static String languageOf(EntityType type, String text, int start, int end) {
    if (type == EntityType.POLICY_TITLE) {
      return text.substring(start, end).codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
    return language(text, start, end);
  }

  /**
   * "zh" if the span {@code [start, end)} of {@code text} or a character right next to it is Chinese (Han, CJK
   * punctuation, a full-width form), else "en".
   */
  public static String language(String text, int start, int end) {
    for (int i = Math.max(0, start - 1); i < Math.min(text.length(), end + 1); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
          || (c >= '\uFF00' && c <= '\uFFEF')) {
        return "zh";
      }
    }
    return "en";
  }

  /** Matches {@code predicted} to {@code gold}; with {@code report}, keeps every error as a finding. */
  private Counts count(Passage passage, EntityType type, List<Passage.Gold> gold, List<Entity> predicted,
      boolean report) {
    Map<Passage.Gold, Entity> exactly = new LinkedHashMap<>();
    Set<Entity> used = new HashSet<>();
    for (Passage.Gold g : gold) {
      for (Entity e : predicted) {
        if (e.start() == g.start() && e.end() == g.end() && used.add(e)) {
          exactly.put(g, e);
          break;
        }
      }
    }
    int overlap = exactly.size();
    for (Passage.Gold g : gold) {
      if (exactly.containsKey(g)) {
        continue;
      }
      for (Entity e : predicted) {
        if (e.start() < g.end() && g.start() < e.end() && used.add(e)) {
          overlap++;
          break;
        }
      }
    }
    int normalized = 0;
    for (Map.Entry<Passage.Gold, Entity> match : exactly.entrySet()) {
      Passage.Gold g = match.getKey();
      String wrong = wrongFields(expected(type, g.normalized()), MAPPER.valueToTree(match.getValue().normalized()),
          type.normalizedType());
      if (wrong == null) {
        normalized++;
      } else if (report) {
        findings.add(new Finding(passage.id(), "wrong value", type.name(), g.start(), g.end(), g.text(), wrong));
      }
    }
    if (report) {
      for (Passage.Gold g : gold) {
        if (!exactly.containsKey(g)) {
          findings.add(new Finding(passage.id(), "miss", type.name(), g.start(), g.end(), g.text(),
              "gold " + g.normalized() + nearest(predicted, g)));
        }
      }
      Set<Entity> matched = new HashSet<>(exactly.values());
      for (Entity e : predicted) {
        if (!matched.contains(e)) {
          findings.add(new Finding(passage.id(), "false hit", type.name(), e.start(), e.end(), e.text(),
              MAPPER.valueToTree(e.normalized()).toString()));
        }
      }
    }
    return new Counts(gold.size(), predicted.size(), exactly.size(), overlap, normalized);
  }

  /**
   * Null if {@code predicted}'s normalized value is right for {@code gold} as this evaluation checks it (every
   * field of a quantity or date), else a description of the first wrong field.
   */
  public static String wrongValue(Passage.Gold gold, Entity predicted) {
    return wrongFields(expected(gold.type(), gold.normalized()), MAPPER.valueToTree(predicted.normalized()),
        gold.type().normalizedType());
  }

  /** The fields to check for a gold entity: those written, and for a quantity or date the rest as absent. */
  static Map<String, String> expected(EntityType type, Map<String, String> written) {
    List<String> complete = COMPLETE_FIELDS.get(type);
    if (complete == null) {
      return written;
    }
    Map<String, String> all = new LinkedHashMap<>(written);
    for (String field : complete) {
      all.putIfAbsent(field, null);
    }
    return all;
  }

  /** A link by the types and spans of its ends, so that gold and predicted links compare. */
  private record End(EntityType type, int start, int end) {
  }

  private record LinkKey(End from, End to) {
  }

  private void scoreLinks(Passage passage, Extraction extraction) {
    Map<String, Passage.Gold> byId = CorpusMarkup.byId(passage);
    String text = passage.text();
    Map<LinkType, Set<LinkKey>> gold = new EnumMap<>(LinkType.class);
    for (Passage.GoldLink link : passage.links()) {
      Passage.Gold from = byId.get(link.from());
      Passage.Gold to = byId.get(link.to());
      gold.computeIfAbsent(link.type(), k -> new HashSet<>()).add(new LinkKey(
          new End(from.type(), from.start(), from.end()), new End(to.type(), to.start(), to.end())));
    }
    Map<LinkType, Set<LinkKey>> predicted = new EnumMap<>(LinkType.class);
    for (Link link : extraction.links()) {
      if (passage.annotated().contains(link.from().type()) && passage.annotated().contains(link.to().type())) {
        predicted.computeIfAbsent(link.type(), k -> new HashSet<>()).add(new LinkKey(
            new End(link.from().type(), link.from().start(), link.from().end()),
            new End(link.to().type(), link.to().start(), link.to().end())));
      }
    }
    Comparator<LinkKey> order = Comparator.comparingInt((LinkKey k) -> k.from().start())
        .thenComparingInt(k -> k.to().start());
    for (LinkType type : LinkType.values()) {
      Set<LinkKey> g = gold.getOrDefault(type, Set.of());
      Set<LinkKey> p = predicted.getOrDefault(type, Set.of());
      if (g.isEmpty() && p.isEmpty()) {
        continue;
      }
      int matched = 0;
      for (LinkKey key : p.stream().sorted(order).toList()) {
        if (g.contains(key)) {
          matched++;
        } else {
          findings.add(linkFinding(passage.id(), "false link", type, key, text));
        }
      }
      for (LinkKey key : g.stream().sorted(order).toList()) {
        if (!p.contains(key)) {
          findings.add(linkFinding(passage.id(), "missed link", type, key, text));
        }
      }
      links.merge(type, new Counts(g.size(), p.size(), matched, matched, matched), Counts::plus);
      if (type == LinkType.ABBREVIATION) {
        for (EntityType entityType : EntityType.values()) {
          List<LinkKey> gt = g.stream().filter(k -> k.from().type() == entityType).toList();
          List<LinkKey> pt = p.stream().filter(k -> k.from().type() == entityType).toList();
          if (!gt.isEmpty() || !pt.isEmpty()) {
            int hits = (int) pt.stream().filter(g::contains).count();
            definitions.merge(entityType, new Counts(gt.size(), pt.size(), hits, hits, hits), Counts::plus);
          }
        }
      }
    }
  }

  /** Parse-field accuracy of the exact matches of POLICY_TITLE. */
  public ParseFields parseFields() {
    return parseFields;
  }

  /** Diagnostics expected and reported, by code (extractors built with {@code trackDiagnostics}). */
  public Map<String, Counts> diagnostics() {
    return diagnostics.counts();
  }

  /** TRANSLATION and ISSUED_BY links by the type of the entity they start from. */
  public Map<LinkType, Map<EntityType, Counts>> linksByEntityType() {
    return linksByEntityType.counts();
  }

  /** Definitions in place (ABBREVIATION links) by the type of the short form, for the types some passage has. */
  public Map<EntityType, Counts> definitions() {
    return Collections.unmodifiableMap(definitions);
  }

  private static Finding linkFinding(String passage, String kind, LinkType type, LinkKey key, String text) {
    String description = text.substring(key.from().start(), key.from().end()) + " -> "
        + text.substring(key.to().start(), key.to().end());
    String detail = key.from().type() + " [" + key.from().start() + ", " + key.from().end() + ") -> "
        + key.to().type() + " [" + key.to().start() + ", " + key.to().end() + ")";
    return new Finding(passage, kind, type.name(), -1, -1, description, detail);
  }

  /**
   * Null if every checked field is right, else a description of the first wrong one. A field name with dots is a
   * path into nested values ({@code office.zh}); a list compares as its items joined by commas.
   */
  static String wrongFields(Map<String, String> gold, JsonNode predicted) {
    return wrongFields(gold, predicted, null);
  }

  /**
   * As {@link #wrongFields(Map, JsonNode)}, comparing as the JSON output writes {@code record}'s fields: false
   * is absent, an enumeration matches in any case, a decimal matches by its value.
   */
  static String wrongFields(Map<String, String> gold, JsonNode predicted, Class<?> record) {
    for (Map.Entry<String, String> field : gold.entrySet()) {
      JsonNode value = predicted;
      Class<?> type = record;
      for (String part : field.getKey().split("\\.")) {
        value = value == null ? null : value.get(part);
        type = componentType(type, part);
      }
      String actual = text(value);
      if (value != null && value.isBoolean() && !value.asBoolean()) {
        actual = null;
      }
      if (!same(field.getValue(), actual, type)) {
        return field.getKey() + ": expected " + field.getValue() + ", found " + actual;
      }
    }
    return null;
  }

  private static boolean same(String expected, String actual, Class<?> type) {
    if (Objects.equals(expected, actual)) {
      return true;
    }
    if (expected == null || actual == null || type == null) {
      return false;
    }
    if (type.isEnum()) {
      return expected.equalsIgnoreCase(actual);
    }
    if (type == java.math.BigDecimal.class) {
      try {
        return new java.math.BigDecimal(expected).compareTo(new java.math.BigDecimal(actual)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  /** The type of record component {@code name} of {@code type}, or null. */
  private static Class<?> componentType(Class<?> type, String name) {
    if (type == null || !type.isRecord()) {
      return null;
    }
    for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component.getType();
      }
    }
    return null;
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return null; // an empty list is absent, as issuers=- says
      }
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String nearest(List<Entity> predicted, Passage.Gold gold) {
    for (Entity e : predicted) {
      if (e.start() < gold.end() && gold.start() < e.end()) {
        return "; predicted [" + e.start() + ", " + e.end() + ") '" + e.text() + "'";
      }
    }
    return "";
  }

  /** The number of passages scored. */
  public int passages() {
    return passages;
  }

  /** The counts per entity type, for the types some passage annotates. */
  public Map<EntityType, Counts> entities() {
    return Collections.unmodifiableMap(entities);
  }

  /** The counts per entity type and language ("en", "zh"), for the types some passage annotates. */
  public Map<EntityType, Map<String, Counts>> byLanguage() {
    return Collections.unmodifiableMap(byLanguage);
  }

  /** The counts per link type, for the types some passage has or some prediction made. */
  public Map<LinkType, Counts> links() {
    return Collections.unmodifiableMap(links);
  }

  /** Misses, false hits, wrong values and link errors, in passage order. */
  public List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  /** The number of findings of each kind, for a summary line. */
  public Map<String, Integer> findingCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    return counts;
  }

  /** The score table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d passages%n", passages));
    out.append(String.format(Locale.ROOT, "%-20s %6s %6s %7s %7s %7s %7s %7s %7s %7s%n", "type", "gold", "pred",
        "P", "R", "F1", "P~", "R~", "F1~", "value"));
    entities.forEach((type, c) -> out.append(row(type.name(), c, true)));
    links.forEach((type, c) -> out.append(row("link " + type.name(), c, false)));
    definitions.forEach((type, c) -> out.append(row("  defined " + type.name(), c, false)));
    linksByEntityType.counts().forEach((link, byType) -> byType.forEach((type, c) ->
        out.append(row(LinksByEntityType.rowName(link, type), c, false))));
    byLanguage.forEach((type, languages) -> languages.forEach((language, c) -> {
      if (c.gold() > 0 || c.predicted() > 0) {
        out.append(row(type.name() + " " + language, c, true));
      }
    }));
    diagnostics.counts().forEach((code, c) -> out.append(String.format(Locale.ROOT,
        "diagnostic %s: expected %d, reported %d, P %.3f R %.3f F1 %.3f%n", code, c.gold(), c.predicted(),
        c.precision(), c.recall(), c.f1())));
    out.append("P, R, F1: exact spans; P~, R~, F1~: overlapping spans; value: exact matches whose normalized value "
        + "is right (quantities and dates: every field); TYPE en/zh: entities written in English or in Chinese\n");
    if (!definitions.isEmpty()) {
      out.append("defined TYPE: the ABBREVIATION links (definitions in place) whose short form is of that type\n");
    }
    if (!linksByEntityType.counts().isEmpty()) {
      out.append("policy TRANSLATION, agency ISSUED_BY, …: the links of that type that start from an entity of that type\n");
    }
    return out.toString();
  }

  private static String row(String name, Counts c, boolean withValue) {
    return String.format(Locale.ROOT, "%-20s %6d %6d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7s%n", name, c.gold(),
        c.predicted(), c.precision(), c.recall(), c.f1(), c.overlapPrecision(), c.overlapRecall(), c.overlapF1(),
        withValue ? String.format(Locale.ROOT, "%.3f", c.normalizationAccuracy()) : "");
  }

  /** The findings, one per line: passage, kind, type, span, text, detail. */
  public String findingsReport() {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(String.format(Locale.ROOT, "%-14s %-11s %-14s %s'%s' %s%n", f.passage(), f.kind(), f.type(),
          f.start() >= 0 ? "[" + f.start() + ", " + f.end() + ") " : "", f.text().replace("\n", "\\n"),
          f.detail()));
    }
    return out.toString();
  }
}
