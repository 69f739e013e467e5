package org.sinoterm.policy;

/**
 * A title a finder found, before overlaps are resolved: normalized offsets {@code [start, end)}, its parse, the rule
 * that found it and how sure that rule is.
 */
record FoundTitle(int start, int end, ParsedTitle title, String rule, double confidence) {

  boolean overlaps(FoundTitle other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }

  boolean isChinese() {
    return title.lang.equals(org.sinoterm.Entity.ZH);
  }
}
