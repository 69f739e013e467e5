package org.sinoterm;

import java.util.Objects;

/**
 * One recognized entity.
 *
 * <p>For input {@code "Issuing bodies: MIIT; NHC"} the first entity is
 * {@code Entity(AGENCY, [16, 20), "MIIT", "en", AgencyRef[key=MIIT, …], 0.97)}.
 *
 * @param type the entity type
 * @param span where the entity is, in the caller's original string
 * @param text the original text of the span, exactly {@code input.substring(span.start(), span.end())}
 * @param lang {@code "zh"} when the text contains Han characters, otherwise {@code "en"}
 * @param normalized what the entity means; its record type is {@link EntityType#normalizedType()}
 * @param confidence how sure the recognizer is, in [0, 1]
 * @since 0.1.0
 */
public record Entity(EntityType type, Span span, String text, String lang, Normalized normalized,
    double confidence) implements Comparable<Entity> {

  /** The language code of entities written in Chinese. */
  public static final String ZH = "zh";
  /** The language code of entities written in English (or in Latin script). */
  public static final String EN = "en";

  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    if (!ZH.equals(lang) && !EN.equals(lang)) {
      throw new IllegalArgumentException("lang must be \"zh\" or \"en\": " + lang);
    }
    if (!type.normalizedType().isInstance(normalized)) {
      throw new IllegalArgumentException(type + " needs a " + type.normalizedType().getSimpleName()
          + " value, not " + normalized.getClass().getSimpleName());
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /** The start of the span, as a convenience. */
  public int start() {
    return span.start();
  }

  /** The end of the span, as a convenience. */
  public int end() {
    return span.end();
  }

  /** The normalized value as the given record type; fails if the entity is of another type. */
  public <T extends Normalized> T normalized(Class<T> type) {
    return type.cast(normalized);
  }

  /** Orders by span (start, then longer first), then by type. */
  @Override
  public int compareTo(Entity other) {
    int bySpan = span.compareTo(other.span);
    return bySpan != 0 ? bySpan : type.compareTo(other.type);
  }
}
