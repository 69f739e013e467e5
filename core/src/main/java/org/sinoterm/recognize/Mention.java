package org.sinoterm.recognize;

import java.util.Objects;
import org.sinoterm.EntityType;
import org.sinoterm.Normalized;

/**
 * A candidate entity in normalized offsets, before overlaps are resolved. A value: two mentions are equal when
 * every field is.
 *
 * <p>Not a record, only so that its hash is computed once and leaves out the value: mentions are keys of the maps
 * that resolve overlaps and follow replacements, and hashing a normalized value walks all of it (a policy title's
 * issuers, periods, names), where two mentions with the same span, type, confidence and rule are rare.
 *
 * @param type the entity type
 * @param start normalized start, inclusive
 * @param end normalized end, exclusive
 * @param value the normalized value
 * @param confidence in [0, 1]
 * @param rule the name of the rule that proposed it ("dictionary", "issuer-line", …), for diagnostics and tests
 */
public final class Mention {

  private final EntityType type;
  private final int start;
  private final int end;
  private final Normalized value;
  private final double confidence;
  private final String rule;
  private int hash; // 0 until computed; a computed 0 is recomputed each time, which is only slower

  public Mention(EntityType type, int start, int end, Normalized value, double confidence, String rule) {
    this.type = Objects.requireNonNull(type, "type");
    this.value = Objects.requireNonNull(value, "value");
    this.rule = Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid mention range [" + start + ", " + end + ")");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    this.start = start;
    this.end = end;
    this.confidence = confidence;
  }

  /** The entity type. */
  public EntityType type() {
    return type;
  }

  /** Normalized start, inclusive. */
  public int start() {
    return start;
  }

  /** Normalized end, exclusive. */
  public int end() {
    return end;
  }

  /** The normalized value. */
  public Normalized value() {
    return value;
  }

  /** How sure the rule is, in [0, 1]. */
  public double confidence() {
    return confidence;
  }

  /** The rule that proposed it. */
  public String rule() {
    return rule;
  }

  /** The number of normalized characters covered. */
  public int length() {
    return end - start;
  }

  /** True if this mention covers {@code [start, end)} exactly. */
  public boolean covers(int start, int end) {
    return this.start == start && this.end == end;
  }

  /** True if the two mentions share at least one character. */
  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /** This mention with another value and confidence. */
  public Mention with(Normalized newValue, double newConfidence, String newRule) {
    return new Mention(type, start, end, newValue, newConfidence, newRule);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Mention that && start == that.start && end == that.end && type == that.type
        && Double.compare(confidence, that.confidence) == 0 && rule.equals(that.rule)
        && (hash == 0 || that.hash == 0 || hash == that.hash) && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = (((type.ordinal() * 31 + start) * 31 + end) * 31 + Double.hashCode(confidence)) * 31 + rule.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "Mention[type=" + type + ", start=" + start + ", end=" + end + ", value=" + value + ", confidence="
        + confidence + ", rule=" + rule + "]";
  }
}
