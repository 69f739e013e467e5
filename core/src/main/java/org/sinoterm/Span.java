package org.sinoterm;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in the caller's original string.
 *
 * <p>Spans always index the string given to {@link Extractor#extract(CharSequence)}, never a normalized copy:
 * {@code text.substring(span.start(), span.end())} is what the entity covers. Spans order by start, then by
 * length descending, so an enclosing span sorts before the spans nested in it.
 *
 * @param start index of the first code unit, inclusive
 * @param end index after the last code unit, exclusive
 * @since 0.1.0
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Returns the span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** True if {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True if the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text of {@code text}, which must be the string this span indexes. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    if (start != other.start) {
      return Integer.compare(start, other.start);
    }
    return Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
