package org.sinoterm;

import java.util.Objects;

/**
 * A typed relation between two entities of the same {@link Extraction}.
 *
 * @param type what the relation is
 * @param from the source entity (the short form of an abbreviation, the English side of a translation)
 * @param to the target entity
 * @param score how sure the relation is, in [0, 1]
 * @since 0.1.0
 */
public record Link(LinkType type, Entity from, Entity to, double score) {

  public Link {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
