package org.sinoterm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;

/**
 * Parse-field accuracy: for the entity types whose value is a parse ({@link #FIELDS}: POLICY_TITLE), how often each
 * field of the parse is right, over the predictions that match a gold entity exactly. The {@code value} column of
 * {@link Evaluation} says how many parses are right as a whole; this says which fields go wrong.
 *
 * <p>Each field of {@link #FIELDS} is counted for every exact match, written or not (an unwritten field must be
 * absent, as {@link Evaluation#COMPLETE_FIELDS} checks it); any other field the annotator wrote ({@code core}) is
 * counted where written. Fields compare as {@link Evaluation#wrongFields(Map, JsonNode, Class)} compares them. For
 * "14th Five-Year Plan for Medical Equipment" annotated {@code docType=PLAN period.start=2021 period.end=2025 fyp=14}
 * and predicted with {@code fyp=13}, every field is right but {@code fyp}: 1 of 12 wrong.
 */
public final class ParseFields {

  /** The fields checked on every exact match of the type, in report order. */
  public static final Map<EntityType, List<String>> FIELDS = Map.of(
      EntityType.POLICY_TITLE, List.of("lang", "docType", "wrapperType", "period.start", "period.end", "fyp", "draft",
          "draftLabel", "issuers", "issuerCount", "shortNames", "key"));

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

  /**
   * Right and checked counts of one field.
   *
   * @param correct exact matches whose field is right
   * @param total exact matches on which the field was checked
   */
  public record Tally(int correct, int total) {

    Tally plus(Tally other) {
      return new Tally(correct + other.correct, total + other.total);
    }

    /** Correct over total; 1 when nothing was checked. */
    public double accuracy() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  /** Per type, per language ("all", "en", "zh"), per field. */
  private final Map<EntityType, Map<String, Map<String, Tally>>> tallies = new EnumMap<>(EntityType.class);

  /** Scores the exact matches of {@code predicted} against {@code gold} (one passage, one type). */
  void add(String text, EntityType type, List<Passage.Gold> gold, List<Entity> predicted) {
    List<String> fields = FIELDS.get(type);
    if (fields == null) {
      return;
    }
    Set<Entity> used = new HashSet<>();
    for (Passage.Gold g : gold) {
      for (Entity e : predicted) {
        if (e.start() == g.start() && e.end() == g.end() && used.add(e)) {
          score(type, Evaluation.languageOf(type, text, g.start(), g.end()), fields, g, e);
          break;
        }
      }
    }
  }

  private void score(EntityType type, String language, List<String> fields, Passage.Gold gold, Entity predicted) {
    JsonNode value = MAPPER.valueToTree(predicted.normalized());
    Map<String, String> checked = new LinkedHashMap<>();
    fields.forEach(field -> checked.put(field, gold.normalized().get(field)));
    gold.normalized().forEach(checked::putIfAbsent); // fields written beyond the list, such as core
    Map<String, Map<String, Tally>> byLanguage = tallies.computeIfAbsent(type, k -> new LinkedHashMap<>());
    for (Map.Entry<String, String> field : checked.entrySet()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put(field.getKey(), field.getValue());
      boolean right = Evaluation.wrongFields(one, value, type.normalizedType()) == null;
      for (String l : List.of("all", language)) {
        byLanguage.computeIfAbsent(l, k -> new LinkedHashMap<>())
            .merge(field.getKey(), new Tally(right ? 1 : 0, 1), Tally::plus);
      }
    }
  }

  /** The tallies of {@code type} by language ({@code all}, {@code en}, {@code zh}) and field; empty if none. */
  public Map<String, Map<String, Tally>> of(EntityType type) {
    return Collections.unmodifiableMap(tallies.getOrDefault(type, Map.of()));
  }

  /** One table per type: a row per field, with correct/total for all exact matches, English and Chinese. */
  public String table() {
    StringBuilder out = new StringBuilder();
    tallies.forEach((type, byLanguage) -> {
      out.append(String.format(Locale.ROOT, "%s parse fields (exact matches)%n", type.name()));
      out.append(String.format(Locale.ROOT, "  %-14s %15s %15s %15s%n", "field", "all", "en", "zh"));
      Map<String, Tally> all = byLanguage.getOrDefault("all", Map.of());
      for (String field : all.keySet()) {
        out.append(String.format(Locale.ROOT, "  %-14s %15s %15s %15s%n", field, cell(all.get(field)),
            cell(byLanguage.getOrDefault("en", Map.of()).get(field)),
            cell(byLanguage.getOrDefault("zh", Map.of()).get(field))));
      }
    });
    return out.toString();
  }

  private static String cell(Tally tally) {
    return tally == null ? "-" : String.format(Locale.ROOT, "%d/%d %.3f", tally.correct(), tally.total(),
        tally.accuracy());
  }
}
