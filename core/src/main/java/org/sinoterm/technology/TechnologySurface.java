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

  enum Kind {
    /** An acronym, matched as written: ECMO, 5G, PET-CT, IoT. */
    ACRONYM,
    /** An English name or variant, in any letter case except for the acronyms inside it: "AI chips". */
    ENGLISH_NAME,
    /** A Chinese name: 体外膜肺氧合, 工业互联网. */
    CHINESE_NAME
  }
}
