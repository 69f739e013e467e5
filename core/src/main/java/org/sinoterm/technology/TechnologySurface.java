package org.sinoterm.technology;

/**
 * A way of writing a technology, as the automaton carries it: the entry and the kind of surface, which decides
 * the context rules a match must pass.
 *
 * @param entry the technology
 * @param kind what kind of surface matched
 * @param commonWord true for a one-word English surface that is an ordinary noun ("battery", "robots"), which
 *     a proper name may contain ("Horizon Robotics")
 */
record TechnologySurface(TechnologyEntry entry, Kind kind, boolean commonWord) {

  // Equality is written out, and by the entry's key (which is unique in a dictionary) rather than all its fields:
  // the automaton builder compares surfaces, and a record's generated equals is linked through invokedynamic at
  // its first call, which costs a cold JVM tens of milliseconds of its build.

  @Override
  public boolean equals(Object o) {
    return o instanceof TechnologySurface other && kind == other.kind && commonWord == other.commonWord
        && entry.key().equals(other.entry.key());
  }

  @Override
  public int hashCode() {
    return (31 * entry.key().hashCode() + kind.ordinal()) * 2 + (commonWord ? 1 : 0);
  }

  enum Kind {
    /** An acronym, matched as written: ECMO, 5G, PET-CT, IoT. */
    ACRONYM,
    /** An English name or variant, in any letter case except for the acronyms inside it: "AI chips". */
    ENGLISH_NAME,
    /** A Chinese name: 体外膜肺氧合, 工业互联网. */
    CHINESE_NAME
  }
}
