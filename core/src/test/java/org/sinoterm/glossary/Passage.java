package org.sinoterm.glossary;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Normalized;
import org.sinoterm.Span;
import org.sinoterm.text.Characters;

/** An extraction made by hand, for tests that need entities and links no recognizer would give. */
final class Passage {

  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private int searchFrom;

  Passage(String text) {
    this.text = text;
  }

  /** The next occurrence of {@code surface} as an entity. */
  Entity entity(String surface, EntityType type, Normalized value) {
    int start = text.indexOf(surface, searchFrom);
    if (start < 0) {
      throw new IllegalArgumentException(surface + " is not in " + text);
    }
    searchFrom = start + surface.length();
    Entity entity = new Entity(type, Span.of(start, start + surface.length()), surface,
        Characters.containsHan(surface) ? Entity.ZH : Entity.EN, value, 0.9);
    entities.add(entity);
    return entity;
  }

  Passage link(LinkType type, Entity from, Entity to, double score) {
    links.add(new Link(type, from, to, score));
    return this;
  }

  Extraction extraction() {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(null);
    return new Extraction(text, sorted, links);
  }
}
