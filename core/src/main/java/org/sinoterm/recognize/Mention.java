package org.sinoterm.recognize;

import java.util.Objects;
import org.sinoterm.EntityType;
import org.sinoterm.Normalized;

/**
 * A candidate entity in normalized offsets, before overlaps are resolved.
 *
 * @param type the entity type
 * @param start normalized start, inclusive
 * @param end normalized end, exclusive
 * @param value the normalized value
 * @param confidence in [0, 1]
 * @param rule the name of the rule that proposed it ("dictionary", "issuer-line", …), for diagnostics and tests
 */
public record Mention(EntityType type, int start, int end, Normalized value, double confidence, String rule) {

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid mention range [" + start + ", " + end + ")");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
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
}
