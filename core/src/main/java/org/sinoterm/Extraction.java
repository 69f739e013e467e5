package org.sinoterm;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Extractor#extract(CharSequence)} found in one text: entities sorted by span, the links between
 * them, and, when the extractor was built to track them, diagnostics. Immutable.
 *
 * @param text the text the extraction was made from; every span indexes it
 * @param entities the entities, sorted by span (start ascending, enclosing before enclosed), then type
 * @param links relations between entities of this extraction
 * @param diagnostics what the extractor noticed about the text, in span order, at most as many as
 *     {@link ExtractorBuilder#trackDiagnostics(int)} allows; empty unless it was asked for
 * @since 0.1.0
 */
public record Extraction(String text, List<Entity> entities, List<Link> links, List<Diagnostic> diagnostics) {

  public Extraction {
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    links = List.copyOf(links);
    diagnostics = List.copyOf(diagnostics);
  }

  /** An extraction without diagnostics. */
  public Extraction(String text, List<Entity> entities, List<Link> links) {
    this(text, entities, links, List.of());
  }

  /** The entities of one type, in span order. */
  public List<Entity> entities(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }

  /** The links of one type, in the order of their source entity. */
  public List<Link> links(LinkType type) {
    return links.stream().filter(l -> l.type() == type).toList();
  }
}
