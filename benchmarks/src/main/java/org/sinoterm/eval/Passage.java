package org.sinoterm.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

/**
 * One annotated passage of the corpus.
 *
 * @param id a stable id, such as {@code merics-007}
 * @param genre the kind of text: {@code merics-block}, {@code news}, {@code consultancy}, …
 * @param text the passage
 * @param annotated the entity types annotated in full in this passage; predictions of other types are not scored
 * @param entities the gold entities
 * @param links the gold links
 * @param diagnostics the codes of the diagnostics the extractor should report on the passage, one per report
 *     ({@code issuer-count-mismatch} for a title whose 十部门 disagrees with its issuer line)
 */
public record Passage(String id, String genre, String text, Set<EntityType> annotated, List<Gold> entities,
    List<GoldLink> links, List<String> diagnostics) {

  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    annotated = Set.copyOf(annotated);
    entities = List.copyOf(entities);
    links = List.copyOf(links);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A passage that expects no diagnostics. */
  public Passage(String id, String genre, String text, Set<EntityType> annotated, List<Gold> entities,
      List<GoldLink> links) {
    this(id, genre, text, annotated, entities, links, List.of());
  }

  /**
   * A gold entity. {@code normalized} holds the fields the annotator checked, as strings; a null value means
   * the field must be absent ({@code key=-} in the markup for a body that is in no dictionary).
   */
  public record Gold(String id, EntityType type, int start, int end, String text, Map<String, String> normalized) {
  }

  /** A gold link between two gold entities, by id. */
  public record GoldLink(LinkType type, String from, String to) {
  }
}
