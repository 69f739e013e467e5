package org.sinoterm.agency;

/**
 * A way of writing a body, as the automaton carries it: the entry and what kind of surface it is, which decides
 * the context rules a match must pass.
 */
record AgencySurface(AgencyEntry entry, Kind kind) {

  enum Kind {
    /** An English acronym, matched only as written: MIIT. */
    ACRONYM,
    /** An English name, in any letter case: Ministry of Industry and Information Technology. */
    ENGLISH_NAME,
    /** The full Chinese name: 工业和信息化部. */
    CHINESE_NAME,
    /** A short Chinese name: 工信部. */
    CHINESE_SHORT_NAME
  }
}
